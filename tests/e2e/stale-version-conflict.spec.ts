import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { DocumentPage } from "./pages/document-page";
import { signInAs } from "./pages/sign-in-page";
import { createSpecDocument, POLL } from "./pages/spec-document";

// Issue 16 "Conflicts stay safe": reviewer A starts a correction; an editor (B) saves a direct edit
// of the same segment meanwhile. A's save is refused, and A sees the new text and their own as a
// word diff before anything is overwritten; their typing stays until they choose.

const SOURCE = "Le chat dort sur le canapé.\n\nLe chien aboie dans le jardin.";
const TARGET = "The cat sleeps on the sofa.\n\nThe dog barks in the garden.";
const EDITORS_TEXT = "The cat is asleep on the couch.";
type Reviewer = { page: Page; doc: DocumentPage };
let browser: Browser;
let documentId: string;
const contexts: BrowserContext[] = [];

let disconnect: () => Promise<void>;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ disconnect } = await openAppDatabase("admin@recto.local"));
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await disconnect?.();
});

async function openAs(role: "translator" | "editor" | "admin"): Promise<Reviewer> {
  const context = await browser.newContext({ baseURL: inject("baseUrl"), viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await signInAs(page, role);
  await page.goto(`/documents/${documentId}`);
  const doc = new DocumentPage(page);
  await doc.ready();
  return { page, doc };
}

/** Clicks into the panel's suggested English and adds words at its end with the keyboard. */
async function typeAtEnd(reviewer: Reviewer, words: string) {
  await reviewer.doc.suggestedText().click();
  await reviewer.page.keyboard.press("Control+End");
  await reviewer.page.keyboard.type(words);
}

/** The editor rewrites segment 1 with the keyboard and saves it directly: version 2. */
async function saveEditorsText(editor: Reviewer) {
  await editor.doc.row(1).click();
  await editor.doc.suggestedText().click();
  await editor.page.keyboard.press("Control+A");
  await editor.page.keyboard.type(EDITORS_TEXT);
  await editor.doc.panel().getByRole("button", { name: "Save as approved edit" }).click();
  await expect.poll(async () => (await segmentOne()).version, POLL).toBe(2);
}

/** Segment 1 of this spec's document as stored, with its pending suggestions (a direct edit is an approved one). */
async function segmentOne() {
  const { getPrisma } = await import("@/lib/db/client");
  const segment = await getPrisma().segment.findFirstOrThrow({ where: { documentId, position: 0 }, select: { id: true, version: true, currentText: true } });
  const suggestions = await getPrisma().suggestion.findMany({ where: { segmentId: segment.id, status: "pending" }, select: { text: true, baseVersion: true, status: true }, orderBy: { createdAt: "asc" } });
  return { ...segment, suggestions };
}

describe("a save on a segment that changed meanwhile", () => {
  it("shows the new text and the reviewer's own as a diff, keeps the typing, and re-applies it on the new version", async () => {
    ({ documentId } = await createSpecDocument({ name: "Stale version re-apply", source: SOURCE, target: TARGET }));
    const admin = await openAs("admin");
    const editor = await openAs("editor");

    await admin.doc.row(1).click();
    await typeAtEnd(admin, " Purring.");
    await saveEditorsText(editor);

    await admin.doc.panel().getByRole("button", { name: "Save as approved edit" }).click();
    const conflict = admin.doc.panel().getByRole("alert", { name: "The segment changed" });
    await conflict.waitFor({ timeout: POLL.timeout });
    expect(await conflict.textContent()).toMatch(/Your edit was based on version 1; the segment is now at version 2 — review the new text/);
    expect(await conflict.getByLabel("New text, version 2").textContent()).toBe(EDITORS_TEXT);
    const diff = conflict.getByRole("group", { name: "Your text against the new text" });
    expect((await diff.locator("del").allTextContents()).join(" ")).toMatch(/is asleep[\s\S]*couch/);
    expect((await diff.locator("ins").allTextContents()).join(" ")).toMatch(/sleeps[\s\S]*Purring\./);
    expect(await admin.doc.suggestedText().inputValue()).toBe("The cat sleeps on the sofa. Purring.");
    expect(await segmentOne()).toMatchObject({ version: 2, currentText: EDITORS_TEXT });
    await screenshot(admin.page, "stale-version-conflict");

    await conflict.getByRole("button", { name: "Apply my text to version 2" }).click();
    await expect.poll(async () => segmentOne(), POLL).toMatchObject({ version: 3, currentText: "The cat sleeps on the sofa. Purring." });
    await expect.poll(() => admin.doc.panel().getByRole("alert", { name: "The segment changed" }).count(), POLL).toBe(0);
  }, 180_000);

  it("discards the reviewer's text on request, and the form starts from the new text", async () => {
    ({ documentId } = await createSpecDocument({ name: "Stale version discard", source: SOURCE, target: TARGET }));
    const translator = await openAs("translator");
    const editor = await openAs("editor");

    await translator.doc.row(1).click();
    await typeAtEnd(translator, " Purring.");
    await saveEditorsText(editor);
    await translator.doc.panel().getByRole("button", { name: "Propose suggestion" }).click();
    const conflict = translator.doc.panel().getByRole("alert", { name: "The segment changed" });
    await conflict.getByRole("button", { name: "Discard my text" }).click();
    await expect.poll(() => translator.doc.suggestedText().inputValue(), POLL).toBe(EDITORS_TEXT);
    expect(await conflict.count()).toBe(0);
    expect((await segmentOne()).suggestions).toEqual([]);
  }, 180_000);
});
