import { describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { FlagDialog } from "./pages/flag-dialog";
import { CAT_AND_DOG, type Reviewer, saveDirectEdit, storedSegment, peopleInBrowsers } from "./pages/people";
import { createSpecDocument, POLL } from "./pages/spec-document";

// Issue 16 "Conflicts stay safe", for the flag dialog: reviewer A selects words of segment 1 with
// the mouse and opens the flag dialog; editor B rewrites the segment meanwhile, and A's row shows
// the new text live. A's flag is refused (the span was chosen in version 1), A sees the text they
// selected in against the new one, keeps their comment, and selects the span again on the new text.

const EDITORS_TEXT = "Yesterday the cat slept on the old sofa.";
const COMMENT = "Dort is present tense";
const people = peopleInBrowsers();
let documentId: string;

/** Segment 1 as stored, with its issues. */
async function segmentOne() {
  const { getPrisma } = await import("@/lib/db/client");
  const segment = await storedSegment(documentId, 1);
  const issues = await getPrisma().issue.findMany({
    where: { segmentId: segment.id }, select: { segmentVersion: true, targetStart: true, targetEnd: true, category: true, severity: true, comment: true },
  });
  return { ...segment, issues };
}

/** A selects "sleeps on" with the mouse, opens the flag dialog and fills it in, without submitting. */
async function startFlag(reviewer: Reviewer) {
  await reviewer.doc.drag(1, "sleeps", "on");
  await expect.poll(() => reviewer.doc.selectionSummary().textContent(), POLL).toMatch(/Selected English: sleeps on/);
  await reviewer.doc.flagButton().click();
  const dialog = new FlagDialog(reviewer.page).dialog();
  await dialog.getByLabel("Category").selectOption({ label: "Grammar" });
  await dialog.getByRole("radio", { name: /^Major/ }).check();
  await dialog.getByLabel("Comment").click();
  await reviewer.page.keyboard.type(COMMENT);
  return dialog;
}

describe("flagging a span of a segment that changed meanwhile", () => {
  it("is refused, shows the text the span was chosen in against the new one, and keeps the issue for a new selection", async () => {
    ({ documentId } = await createSpecDocument({ name: "Flag conflict", ...CAT_AND_DOG }));
    const reviewer = await people.openDocument("admin", documentId);
    const editor = await people.openDocument("editor", documentId);

    const dialog = await startFlag(reviewer);
    await saveDirectEdit(editor, 1, EDITORS_TEXT);
    // The reviewer's row shows the new text live, under the open dialog.
    await expect.poll(() => reviewer.doc.english(1).textContent(), POLL).toBe(EDITORS_TEXT);

    await dialog.getByRole("button", { name: "Flag issue" }).click();
    const conflict = dialog.getByRole("alert", { name: "The segment changed" });
    await Promise.race([conflict.waitFor({ timeout: POLL.timeout }), dialog.waitFor({ state: "hidden", timeout: POLL.timeout })]);
    // Read at submit, the version was 2 and the span's offsets of version 1 landed on other words.
    expect((await segmentOne()).issues).toEqual([]);
    await conflict.waitFor({ timeout: POLL.timeout });
    expect(await conflict.textContent()).toMatch(/based on version 1; the segment is now at version 2/);
    expect(await conflict.getByLabel("New text, version 2").textContent()).toBe(EDITORS_TEXT);
    const diff = conflict.getByRole("group", { name: "The English you selected in, against the new text" });
    expect((await diff.locator("del").allTextContents()).join(" ")).toMatch(/Yesterday[\s\S]*slept[\s\S]*old/);
    expect((await diff.locator("ins").allTextContents()).join(" ")).toMatch(/sleeps/);
    expect(await dialog.getByLabel("Comment").inputValue()).toBe(COMMENT);
    await screenshot(reviewer.page, "flag-conflict");

    // Select again on the new text: the dialog closes, the issue waits for the new span.
    await conflict.getByRole("button", { name: "Select the span again on version 2" }).click();
    await dialog.waitFor({ state: "hidden" });
    await reviewer.doc.panel().getByText(/Your issue is kept/).waitFor();
    // The editor's edit approved the segment; issues are flagged on a reopened one (the version stays 2).
    await reviewer.doc.panel().getByRole("button", { name: "Reopen" }).click();
    await expect.poll(() => reviewer.doc.panel().getByRole("button", { name: "Reopen" }).count(), POLL).toBe(0);
    await reviewer.doc.drag(1, "slept", "sofa");
    await expect.poll(() => reviewer.doc.selectionSummary().textContent(), POLL).toMatch(/Selected English: slept on the old sofa/);
    await reviewer.doc.flagButton().click();
    await dialog.waitFor();
    expect(await dialog.getByLabel("Comment").inputValue()).toBe(COMMENT);
    expect(await dialog.getByRole("radio", { name: /^Major/ }).isChecked()).toBe(true);
    await dialog.getByRole("button", { name: "Flag issue" }).click();
    await dialog.waitFor({ state: "hidden" });

    const start = EDITORS_TEXT.indexOf("slept");
    await expect.poll(async () => (await segmentOne()).issues, POLL).toEqual([
      { segmentVersion: 2, targetStart: start, targetEnd: EDITORS_TEXT.indexOf("sofa") + "sofa".length, category: "linguistic_grammar", severity: "major", comment: COMMENT },
    ]);
    expect(await reviewer.doc.panel().getByText(/Your issue is kept/).count()).toBe(0);
  }, 240_000);

  it("drops the issue only when the reviewer asks", async () => {
    ({ documentId } = await createSpecDocument({ name: "Flag conflict discard", ...CAT_AND_DOG }));
    const reviewer = await people.openDocument("admin", documentId);
    const editor = await people.openDocument("editor", documentId);

    const dialog = await startFlag(reviewer);
    await saveDirectEdit(editor, 1, EDITORS_TEXT);
    await dialog.getByRole("button", { name: "Flag issue" }).click();
    const conflict = dialog.getByRole("alert", { name: "The segment changed" });
    await conflict.waitFor({ timeout: POLL.timeout });

    // Cancel keeps the issue to flag again...
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    const kept = reviewer.doc.panel().getByText(/Your issue is kept/);
    await kept.waitFor();
    await reviewer.doc.flagButton().click();
    expect(await dialog.getByLabel("Comment").inputValue()).toBe(COMMENT);
    // ...and discarding it is a choice of its own.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await reviewer.doc.panel().getByRole("button", { name: "Discard the kept issue" }).click();
    await expect.poll(() => kept.count(), POLL).toBe(0);
    await reviewer.doc.flagButton().click();
    expect(await dialog.getByLabel("Comment").inputValue()).toBe("");
    expect((await segmentOne()).issues).toEqual([]);
  }, 240_000);
});
