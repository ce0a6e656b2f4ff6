import { describe, expect, it } from "vitest";
import { createSuggestion, flagIssue } from "@/lib/review/mutations";
import { findReviewQueue, findReviewQueueChoices } from "@/lib/review/queries";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

async function twoDocumentsTwoAuthors() {
  const editor = await createUser({ role: "editor" });
  const tess = await createUser({ role: "translator", name: "Tess" });
  const tom = await createUser({ role: "translator", name: "Tom" });
  const first = await createDocument({ title: "First" });
  const second = await createDocument({ title: "Second" });
  const suggest = async (viewer: typeof tess.viewer, segment: { id: string; currentText: string }, issue?: { category: "style" | "accuracy_mistranslation"; severity: "minor" | "critical" }) => {
    const issueIds = issue ? [(await flagIssue({ viewer, input: { segmentId: segment.id, segmentVersion: 1, ...issue } })).issue.id] : [];
    const { suggestion } = await createSuggestion({ viewer, input: { segmentId: segment.id, baseVersion: 1, text: `${segment.currentText} Fixed.`, issueIds } });
    return suggestion.id;
  };
  const ids = {
    tessMistranslation: await suggest(tess.viewer, first.segments[0], { category: "accuracy_mistranslation", severity: "critical" }),
    tomStyle: await suggest(tom.viewer, first.segments[1], { category: "style", severity: "minor" }),
    tomPlain: await suggest(tom.viewer, second.segments[0]),
  };
  return { editor, tess, tom, first, second, ids };
}

describe("the review queue's filters", () => {
  it("narrows by document, author, issue category and severity, together", async () => {
    const { editor, tess, tom, first, second, ids } = await twoDocumentsTwoAuthors();
    const queue = async (filters: Parameters<typeof findReviewQueue>[0]["filters"]) =>
      (await findReviewQueue({ viewer: editor.viewer, filters })).items.map((item) => item.id).filter((id) => Object.values(ids).includes(id)).sort();
    expect(await queue({})).toEqual(Object.values(ids).sort());
    expect(await queue({ documentId: second.id })).toEqual([ids.tomPlain]);
    expect(await queue({ authorId: tom.id })).toEqual([ids.tomStyle, ids.tomPlain].sort());
    expect(await queue({ authorId: tess.id, documentId: second.id })).toEqual([]);
    expect(await queue({ category: "accuracy_mistranslation" })).toEqual([ids.tessMistranslation]);
    expect(await queue({ severity: "minor", documentId: first.id })).toEqual([ids.tomStyle]);
    expect(await queue({ category: "style", severity: "critical" })).toEqual([]);
  });

  it("offers the documents and authors that have pending suggestions", async () => {
    const { editor, tess, tom, first, second } = await twoDocumentsTwoAuthors();
    const choices = await findReviewQueueChoices({ viewer: editor.viewer });
    expect(choices.documents.map((d) => d.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(choices.authors.map((a) => a.id)).toEqual(expect.arrayContaining([tess.id, tom.id]));
    expect(choices.authors.map((a) => a.id)).not.toContain(editor.id);
  });

  it("refuses a translator", async () => {
    const translator = await createUser({ role: "translator" });
    await expect(findReviewQueueChoices({ viewer: translator.viewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
