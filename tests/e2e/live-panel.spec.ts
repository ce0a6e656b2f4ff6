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
});
