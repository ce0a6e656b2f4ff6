import type { Browser, BrowserContext } from "playwright-core";
import { inject } from "vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccount, launchBrowser, screenshot } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { DocumentPage } from "./pages/document-page";
import { FlagDialog } from "./pages/flag-dialog";
import { dragAcross, LivePanel } from "./pages/live";
import { signInAs } from "./pages/sign-in-page";

// Two people on one document, each in their own browser context: one flags, the other sees it
// arrive without reloading, and sees where the first one is.

let browser: Browser;
let documentId: string;
let translatorName: string;
const TITLE = "Live updates: two reviewers at once";
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const { viewer, disconnect } = await openAppDatabase(demoAccount("editor").email);
  const { importDocument } = await import("@/lib/documents/mutations");
  ({ documentId } = await importDocument({
    viewer,
    input: {
      title: TITLE,
      sourceText: "Le chat dort sur le canapé.\n\nLe chien aboie dans le jardin.\n",
      targetText: "The cat sleeps on the sofa.\n\nThe dog barks in the garden.\n",
      allowLanguageMismatch: true,
    },
  }));
  const { getPrisma } = await import("@/lib/db/client");
  ({ name: translatorName } = await getPrisma().user.findUniqueOrThrow({ where: { email: demoAccount("translator").email }, select: { name: true } }));
  await disconnect();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

async function openAs(role: "translator" | "editor") {
  const context = await browser.newContext({ baseURL: inject("baseUrl"), viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await signInAs(page, role);
  await page.goto(`/documents/${documentId}`);
  await page.getByRole("heading", { name: TITLE }).waitFor();
  const documentPage = new DocumentPage(page);
  await documentPage.panel().waitFor();
  return { page, documentPage, live: new LivePanel(page) };
}

describe("live updates between two reviewers", () => {
  it("shows the other reviewer's flag on the row without a reload, with who made it, keeps the typing, and shows who is where", async () => {
    const editor = await openAs("editor");
    const translator = await openAs("translator");

    // The editor starts a correction of segment 1 with the keyboard.
    await editor.documentPage.row(1).click();
    await editor.page.getByRole("complementary", { name: "Segment 1 details" }).waitFor();
    await editor.documentPage.suggestedText().click();
    await editor.page.keyboard.press("End");
    await editor.page.keyboard.type(" Purring.");

    // The translator selects the English of segment 1 with the mouse and flags it.
    await dragAcross(translator.page, translator.documentPage.english(1));
    await translator.documentPage.panel().getByRole("button", { name: "Flag selection" }).click();
    await new FlagDialog(translator.page).flag({ category: "Mistranslation", severity: "Major", comment: "Le canapé is the sofa, but is it?" });
    await translator.documentPage.issues().filter({ hasText: "Accuracy: Mistranslation" }).waitFor();

    // The editor's row changes by itself: the issue badge, the highlight, the marker.
    const row = editor.documentPage.row(1);
    await expect.poll(() => row.getByText("1 open issue").count()).toBe(1);
    await expect.poll(() => row.getByText(`updated by ${translatorName}`).count()).toBe(1);
    await expect.poll(() => editor.documentPage.english(1).getByTitle(/Mistranslation, major/).count()).toBe(1);
    expect(await editor.documentPage.row(2).getByText(/updated by/).count()).toBe(0);
    // Their typing is kept; they are told to review the new text instead.
    await expect.poll(() => editor.live.notice().textContent()).toMatch(new RegExp(`Segment 1 was changed by ${translatorName}`));
    expect(await editor.documentPage.suggestedText().inputValue()).toBe("The cat sleeps on the sofa. Purring.");

    // Presence: the translator's initials on the row they have open, and their name in the header.
    await expect.poll(() => row.getByLabel(`${translatorName} has this segment open`).textContent()).toBe("TT");
    await expect.poll(() => editor.live.presence().textContent()).toMatch(new RegExp(`TT\\s*${translatorName} · segment 1`));
    await screenshot(editor.page, "live-updates-editor");

    // Showing the new text loads it into the panel.
    await editor.live.notice().getByRole("button", { name: "Show the new text" }).click();
    await editor.documentPage.issues().filter({ hasText: "Accuracy: Mistranslation" }).waitFor();

    // The translator leaves: within a few seconds the editor no longer sees them.
    await translator.page.close();
    await expect.poll(() => editor.live.presence().count(), { timeout: 12_000 }).toBe(0);
    await editor.page.getByText("Nobody else is viewing this document.").waitFor();
    expect(await row.getByLabel(`${translatorName} has this segment open`).count()).toBe(0);
  }, 240_000);
});
