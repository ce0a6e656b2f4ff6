import type { Browser, BrowserContext } from "playwright-core";
import type { Viewer } from "@/lib/auth/permissions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccount, launchBrowser, screenshot } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { flagSegment, importCatAndDog, openAs, type LiveDocument } from "./pages/live";
import { POLL } from "./pages/spec-document";

// The segment panel and the MQM panel while other people change the document: each control is
// there once, and the score's chart and issue list follow without a reload.

let browser: Browser;
let admin: Viewer;
let disconnect: () => Promise<void>;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ viewer: admin, disconnect } = await openAppDatabase(demoAccount("admin").email));
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await disconnect?.();
});

async function newDocument(title: string): Promise<LiveDocument> {
  const unique = `${title} ${crypto.randomUUID().slice(0, 8)}`;
  return { id: await importCatAndDog(admin, unique), title: unique };
}

describe("the panels under live updates", () => {
  it("keeps one Alignment control in the segment panel when the open segment is clicked again, flagged, and flagged by someone else", async () => {
    const document = await newDocument("Live panel: one alignment control");
    const editor = await openAs(browser, contexts, "editor", document);
    const translator = await openAs(browser, contexts, "translator", document);
    const alignmentControls = editor.page.getByRole("button", { name: /^Fix alignment of segment \d+$/ });

    await editor.documentPage.row(2).click();
    await editor.page.getByRole("complementary", { name: "Segment 2 details" }).waitFor();
    await editor.documentPage.row(2).click();
    await flagSegment(editor, 2, "Barks, or growls?");
    await flagSegment(translator, 2, "Garden, or yard?");
    await expect.poll(() => editor.documentPage.issues().filter({ hasText: "Garden, or yard?" }).count(), POLL).toBe(1);

    expect(await editor.documentPage.panel().getByRole("button", { name: "Fix alignment of segment 2", exact: true }).count()).toBe(1);
    expect(await alignmentControls.count()).toBe(1);
    await screenshot(editor.page, "live-panel-one-alignment-control");
  }, 240_000);

  it("refreshes the MQM panel's issue list and category chart on others' flags and resolutions, keeping the panel open and the typing", async () => {
    const document = await newDocument("Live panel: the MQM panel");
    const editor = await openAs(browser, contexts, "editor", document);
    const translator = await openAs(browser, contexts, "translator", document);
    const reviewer = await openAs(browser, contexts, demoAccount("admin"), document);
    await editor.page.getByText(/^MQM score/).click();
    const heading = editor.page.getByRole("heading", { name: /^Issues in this document/ });
    await expect.poll(() => heading.textContent(), POLL).toBe("Issues in this document (0)");
    await editor.documentPage.suggestedText().click();
    await editor.page.keyboard.press("End");
    await editor.page.keyboard.type(" Purring.");

    await flagSegment(translator, 2, "Barks, or growls?");

    await expect.poll(() => heading.textContent(), POLL).toBe("Issues in this document (1)");
    const listed = editor.page.getByRole("listitem").filter({ has: editor.page.getByRole("link", { name: "Segment 2", exact: true }) });
    await expect.poll(() => listed.textContent(), POLL).toMatch(/Accuracy: Mistranslation, major \(open\) — Barks, or growls\?/);
    const chart = editor.page.getByRole("table", { name: "Issues and penalty points by category and severity" });
    const mistranslation = chart.getByRole("row").filter({ hasText: "Accuracy: Mistranslation" });
    await expect.poll(() => mistranslation.getByRole("cell").allTextContents(), POLL).toEqual(["0", "0", "1", "0", "5"]);

    // Someone else resolves it: the list says so, and the typing is still there.
    await reviewer.documentPage.row(2).click();
    const reviewerPanel = reviewer.page.getByRole("complementary", { name: "Segment 2 details" });
    await reviewerPanel.getByRole("textbox", { name: "Reason to close issue 1, Accuracy: Mistranslation" }).fill("Barks is right.");
    await reviewerPanel.getByRole("button", { name: "Resolve issue 1, Accuracy: Mistranslation" }).click();
    await expect.poll(() => listed.textContent(), POLL).toMatch(/\(resolved\)/);
    expect(await editor.documentPage.suggestedText().inputValue()).toBe("The cat sleeps on the sofa. Purring.");
    expect(await chart.isVisible()).toBe(true);
    await screenshot(editor.page, "live-panel-mqm");

    // A closed panel fetches nothing on live changes, and catches up when it is opened again.
    await editor.page.getByText(/^MQM score/).click();
    await flagSegment(translator, 1, "Sleeps where?");
    await expect.poll(() => editor.page.getByText(/counted issues?/).textContent(), POLL).toMatch(/2 counted issues/);
    await editor.page.getByText(/^MQM score/).click();
    await expect.poll(() => heading.textContent(), POLL).toBe("Issues in this document (2)");
  }, 240_000);
});
