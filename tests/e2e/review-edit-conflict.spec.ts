import { describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { CAT_AND_DOG, saveDirectEdit, storedSegment, peopleInBrowsers } from "./pages/people";
import { ReviewQueuePage } from "./pages/review-queue-page";
import { createSpecDocument, POLL } from "./pages/spec-document";

// Issue 16 "Conflicts stay safe", in the review queue: an editor approving a suggestion with their
// own edits is refused when the segment or the suggestion moved meanwhile (another person, another
// browser). Their edited text stays; the new text and theirs show as a word diff; they re-apply or discard.

const SUGGESTED = "The cat is sleeping on the sofa.";
const EDITED = "The cat is sleeping on the sofa. Purring.";
const EDITORS_TEXT = "The cat is asleep on the couch.";
const AUTHORS_NEW_TEXT = "The cat naps on the settee.";
const people = peopleInBrowsers();

/** A document of the spec's own with the translator's pending suggestion on segment 1. */
async function arrange(name: string) {
  const { documentId, title } = await createSpecDocument({ name, ...CAT_AND_DOG });
  const { viewer } = await openAppDatabase("translator@recto.local");
  const { createSuggestion } = await import("@/lib/review/mutations");
  const segment = await segmentOne(documentId);
  await createSuggestion({ viewer, input: { segmentId: segment.id, baseVersion: segment.version, text: SUGGESTED } });
  return { documentId, title };
}

const segmentOne = (documentId: string) => storedSegment(documentId, 1);

async function suggestionsOf(documentId: string) {
  const { getPrisma } = await import("@/lib/db/client");
  return getPrisma().suggestion.findMany({ where: { documentId }, select: { text: true, status: true, approvedText: true }, orderBy: { createdAt: "asc" } });
}

/** The admin opens the queue, starts "Approve with edits" on segment 1 and adds words with the keyboard. */
async function startEditedApproval(title: string) {
  const page = await people.signedIn("admin");
  const queue = new ReviewQueuePage(page);
  await queue.open();
  const item = queue.item(1, new RegExp(title));
  await item.getByRole("button", { name: "Approve with edits…" }).click();
  await item.getByLabel("Edited English").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Purring.");
  return { page, queue, item };
}

describe("approving with edits in the review queue when something moved meanwhile", () => {
  it("keeps the edited text when the segment changed, shows the new text against it, and re-applies it on the new version", async () => {
    const { documentId, title } = await arrange("Queue conflict segment");
    const { page, item } = await startEditedApproval(title);

    await saveDirectEdit(await people.openDocument("editor", documentId), 1, EDITORS_TEXT);
    expect((await segmentOne(documentId)).version).toBe(2);

    await item.getByRole("button", { name: "Approve edited text" }).click();
    const conflict = item.getByRole("alert", { name: "The segment changed" });
    await conflict.waitFor({ timeout: POLL.timeout });
    expect(await conflict.textContent()).toMatch(/based on version 1; the segment is now at version 2 — review the new text/);
    expect(await conflict.getByLabel("New text, version 2").textContent()).toBe(EDITORS_TEXT);
    const diff = conflict.getByRole("group", { name: "Your text against the new text" });
    expect((await diff.locator("del").allTextContents()).join(" ")).toMatch(/asleep[\s\S]*couch/);
    expect((await diff.locator("ins").allTextContents()).join(" ")).toMatch(/sleeping[\s\S]*Purring\./);
    expect(await item.getByLabel("Edited English").inputValue()).toBe(EDITED);
    await screenshot(page, "review-edit-conflict");

    await conflict.getByRole("button", { name: "Apply my text to version 2" }).click();
    await expect.poll(() => segmentOne(documentId), POLL).toMatchObject({ version: 3, currentText: EDITED });
    expect((await suggestionsOf(documentId))[0]).toMatchObject({ text: SUGGESTED, status: "approved_with_edits", approvedText: EDITED });
    await expect.poll(() => item.count(), POLL).toBe(0);
  }, 180_000);

  it("keeps the edited text when the author changed the suggestion, shows the author's new text against it, and discards it on request", async () => {
    const { documentId, title } = await arrange("Queue conflict suggestion");
    const { item } = await startEditedApproval(title);

    const { page: translatorPage, doc: translator } = await people.openDocument("translator", documentId);
    await translator.row(1).click();
    await translator.suggestion(1).getByRole("button", { name: "Edit suggestion 1", exact: true }).click();
    await translator.editSuggestionForm(1).getByLabel("English for suggestion 1").click();
    await translatorPage.keyboard.press("Control+A");
    await translatorPage.keyboard.type(AUTHORS_NEW_TEXT);
    await translator.editSuggestionForm(1).getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(async () => (await suggestionsOf(documentId))[0].text, POLL).toBe(AUTHORS_NEW_TEXT);

    await item.getByRole("button", { name: "Approve edited text" }).click();
    const conflict = item.getByRole("alert", { name: "The suggestion changed" });
    await conflict.waitFor({ timeout: POLL.timeout });
    expect(await conflict.textContent()).toMatch(/The author changed this suggestion after you opened it/);
    expect(await conflict.getByLabel("The author's new text").textContent()).toBe(AUTHORS_NEW_TEXT);
    const diff = conflict.getByRole("group", { name: "Your text against the new text" });
    expect((await diff.locator("ins").allTextContents()).join(" ")).toMatch(/Purring\./);
    expect(await item.getByLabel("Edited English").inputValue()).toBe(EDITED);

    await conflict.getByRole("button", { name: "Discard my text" }).click();
    await expect.poll(() => item.getByRole("alert").count(), POLL).toBe(0);
    expect(await item.getByLabel("Edited English").count()).toBe(0);
    await item.getByRole("group", { name: "Suggestion against the published English" }).getByText("settee").waitFor();
    expect(await suggestionsOf(documentId)).toEqual([{ text: AUTHORS_NEW_TEXT, status: "pending", approvedText: null }]);
    expect((await segmentOne(documentId)).version).toBe(1);
  }, 180_000);
});
