import type { Browser, BrowserContext } from "playwright-core";
import type { Viewer } from "@/lib/auth/permissions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccount, launchBrowser, screenshot } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { FlagDialog } from "./pages/flag-dialog";
import { dragAcross, flagSegment, importCatAndDog, openAs } from "./pages/live";

// Two people on one document, each in their own browser context: one flags, the other sees it
// arrive without reloading, and sees where the first one is.

let browser: Browser;
let admin: Viewer;
let disconnect: () => Promise<void>;
let documentId: string;
let translatorName: string;
const TITLE = "Live updates: two reviewers at once";
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ viewer: admin, disconnect } = await openAppDatabase(demoAccount("admin").email));
  documentId = await importCatAndDog(admin, TITLE);
  const { getPrisma } = await import("@/lib/db/client");
  ({ name: translatorName } = await getPrisma().user.findUniqueOrThrow({ where: { email: demoAccount("translator").email }, select: { name: true } }));
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await disconnect?.();
});

/** A person with the document (this spec's shared one unless given) open in a browser context of their own. */
const open = (who: Parameters<typeof openAs>[2], document = { id: documentId, title: TITLE }) => openAs(browser, contexts, who, document);

describe("live updates between two reviewers", () => {
  it("shows the other reviewer's flag on the row without a reload, with who made it, keeps the typing, and shows who is where", async () => {
    const editor = await open("editor");
    const translator = await open("translator");

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
  it("refreshes the header's counts (flagged, open issues) on the other reviewer's flag, without a reload and keeping the typing", async () => {
    const title = "Live updates: the header's counts";
    const document = { id: await importCatAndDog(admin, title), title };
    const editor = await open("editor", document);
    const translator = await open("translator", document);
    const statusLine = editor.page.getByText(/ segments · \d+ approved · /);
    const scoreLine = editor.page.getByText(/^MQM score .* open$/);
    expect(await statusLine.textContent()).toMatch(/ 0 flagged$/);
    expect(await scoreLine.textContent()).toMatch(/ 0 open$/);

    // The editor is typing a correction of segment 1 when the translator flags segment 2.
    await editor.documentPage.suggestedText().click();
    await editor.page.keyboard.press("End");
    await editor.page.keyboard.type(" Purring.");
    await flagSegment(translator, 2, "Barks, or growls?");

    await expect.poll(() => statusLine.textContent()).toMatch(/ 1 flagged$/);
    await expect.poll(() => scoreLine.textContent()).toMatch(/ 1 open$/);
    expect(await editor.documentPage.suggestedText().inputValue()).toBe("The cat sleeps on the sofa. Purring.");
  }, 240_000);

  it("keeps a long name's \"updated by\" badge inside the review column, cut with an ellipsis, the whole name in its title", async () => {
    const title = "Live updates: a long name";
    const document = { id: await importCatAndDog(admin, title), title };
    const longName = "Maximiliana Aurelia Bartholomew-Featherstonehaugh de la Montagne-Vauclair";
    const { createUser } = await import("@/lib/users/mutations");
    const { user, password } = await createUser({
      viewer: admin,
      input: { email: `long-name-${document.id.slice(0, 8)}@example.test`, name: longName, role: "translator" },
    });
    const editor = await open("editor", document);
    const translator = await open({ email: user.email, password }, document);
    await flagSegment(translator, 1, "The sofa is a couch here.");

    const badge = editor.documentPage.row(1).getByText(`updated by ${longName}`);
    await badge.waitFor();
    const cell = editor.documentPage.row(1).getByRole("cell").last();
    const [badgeBox, cellBox] = [await badge.boundingBox(), await cell.boundingBox()];
    expect(badgeBox && cellBox).toBeTruthy();
    expect(badgeBox!.x).toBeGreaterThanOrEqual(cellBox!.x);
    expect(badgeBox!.x + badgeBox!.width).toBeLessThanOrEqual(cellBox!.x + cellBox!.width);
    expect(await badge.evaluate((element) => getComputedStyle(element).textOverflow)).toBe("ellipsis");
    expect(await badge.getAttribute("title")).toBe(`updated by ${longName}`);
    await screenshot(editor.page, "live-updates-long-name");
  }, 240_000);
  it("adds a segment the other reviewer flags to a list filtered on Flagged, and updates its count", async () => {
    const title = "Live updates: a filtered list";
    const document = { id: await importCatAndDog(admin, title), title };
    const editor = await open("editor", document);
    const translator = await open("translator", document);
    const filters = editor.page.getByRole("search", { name: "Filter segments" });
    await filters.getByLabel("Status").selectOption({ label: "Flagged" });
    await editor.page.getByText("No segment matches these filters.").waitFor();
    expect(await filters.getByText(/segments? match$/).textContent()).toBe("0 segments match");

    await flagSegment(translator, 2, "Barks, or howls?");

    await editor.documentPage.row(2).getByText("1 open issue").waitFor();
    await expect.poll(() => filters.getByText(/segments? match$/).textContent()).toBe("1 segment match");
    expect(await editor.documentPage.row(1).count()).toBe(0);
  }, 240_000);
  it("shows the other reviewer's comment on the open segment at once, without the changed-text notice, keeping the typing", async () => {
    const title = "Live updates: a comment";
    const document = { id: await importCatAndDog(admin, title), title };
    const editor = await open("editor", document);
    const translator = await open("translator", document);
    await editor.documentPage.suggestedText().click();
    await editor.page.keyboard.press("End");
    await editor.page.keyboard.type(" Purring.");
    const comments = editor.documentPage.panel().getByRole("region", { name: /^Comments/ });
    await comments.getByRole("heading", { name: "Comments (0)" }).waitFor();

    await translator.documentPage.panel().getByLabel("Your comment").fill("Is it a sofa or a couch?");
    await translator.documentPage.panel().getByRole("button", { name: "Post comment" }).click();
    await translator.documentPage.panel().getByRole("listitem", { name: `Comment by ${translatorName}` }).waitFor();

    await comments.getByRole("listitem", { name: `Comment by ${translatorName}` }).getByText("Is it a sofa or a couch?").waitFor();
    expect(await comments.getByRole("heading").textContent()).toBe("Comments (1)");
    expect(await editor.live.notice().count()).toBe(0);
    expect(await editor.documentPage.suggestedText().inputValue()).toBe("The cat sleeps on the sofa. Purring.");
  }, 240_000);
});
