import { describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { CAT_AND_DOG, type Reviewer, saveDirectEdit, storedSegment, peopleInBrowsers } from "./pages/people";
import { createSpecDocument, POLL } from "./pages/spec-document";

// Issue 16 "Conflicts stay safe": reviewer A starts a correction; an editor (B) saves a direct edit
// of the same segment meanwhile. A's save is refused, and A sees the new text and their own as a
// word diff before anything is overwritten; their typing stays until they choose.

const EDITORS_TEXT = "The cat is asleep on the couch.";
const people = peopleInBrowsers();
let documentId: string;

/** Clicks into the panel's suggested English and adds words at its end with the keyboard. */
async function typeAtEnd(reviewer: Reviewer, words: string) {
  await reviewer.doc.suggestedText().click();
  await reviewer.page.keyboard.press("Control+End");
  await reviewer.page.keyboard.type(words);
}

/** Segment 1 of this spec's document as stored, with its pending suggestions (a direct edit is an approved one). */
async function segmentOne() {
  const { getPrisma } = await import("@/lib/db/client");
  const segment = await storedSegment(documentId, 1);
  const suggestions = await getPrisma().suggestion.findMany({ where: { segmentId: segment.id, status: "pending" }, select: { text: true, baseVersion: true, status: true }, orderBy: { createdAt: "asc" } });
  return { ...segment, suggestions };
}

describe("a save on a segment that changed meanwhile", () => {
  it("shows the new text and the reviewer's own as a diff, keeps the typing, and re-applies it on the new version", async () => {
    ({ documentId } = await createSpecDocument({ name: "Stale version re-apply", ...CAT_AND_DOG }));
    const admin = await people.openDocument("admin", documentId);
    const editor = await people.openDocument("editor", documentId);

    await admin.doc.row(1).click();
    await typeAtEnd(admin, " Purring.");
    await saveDirectEdit(editor, 1, EDITORS_TEXT);

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
    ({ documentId } = await createSpecDocument({ name: "Stale version discard", ...CAT_AND_DOG }));
    const translator = await people.openDocument("translator", documentId);
    const editor = await people.openDocument("editor", documentId);

    await translator.doc.row(1).click();
    await typeAtEnd(translator, " Purring.");
    await saveDirectEdit(editor, 1, EDITORS_TEXT);
    await translator.doc.panel().getByRole("button", { name: "Propose suggestion" }).click();
    const conflict = translator.doc.panel().getByRole("alert", { name: "The segment changed" });
    await conflict.getByRole("button", { name: "Discard my text" }).click();
    await expect.poll(() => translator.doc.suggestedText().inputValue(), POLL).toBe(EDITORS_TEXT);
    expect(await conflict.count()).toBe(0);
    expect((await segmentOne()).suggestions).toEqual([]);
  }, 180_000);
});
