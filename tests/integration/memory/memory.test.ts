import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { readAll } from "@/tests/factories/export";
import { exportMemoryTmx, propagateCorrection } from "@/lib/memory/mutations";
import { findPropagationCandidates, findSegmentMatches, searchConcordance } from "@/lib/memory/queries";
import { approveSuggestion, createSuggestion } from "@/lib/review/mutations";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

// The first approval loads the QA checks, slow on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

const ATTACK = { source: "Les gouvernements occidentaux sont complices de l’offensive israélienne contre Gaza.", target: "Western governments are complicit in the attack on Israel." };
const FIXED = "Western governments are complicit in Israel's offensive on Gaza.";

/** A document whose first segment's correction an editor approved, and a second document with the same error. */
async function approvedMemory() {
  const translator = await createUser({ role: "translator", name: "Tess Translator" });
  const editor = await createUser({ role: "editor", name: "Eddie Editor" });
  const origin = await createDocument({ title: "Resignation letter", segments: [ATTACK, { source: "Monsieur le Haut-Commissaire, je démissionne.", target: "Mr. High Commissioner, I resign." }] });
  const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: origin.segments[0].id, baseVersion: 1, text: FIXED, issueIds: [] } });
  await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } });
  const other = await createDocument({
    title: "Follow-up article",
    segments: [
      { source: "Les gouvernements occidentaux sont complices de l’offensive israélienne contre Gaza, dit-il.", target: "Western governments are complicit in the attack on Israel, he says." },
      { source: "Rien à voir.", target: "Nothing to do with it." },
    ],
  });
  return { translator, editor, origin, other };
}

// Matches first: later tests add exact copies of these texts, which would outrank them.
describe("matches beside a segment", () => {
  it("shows similar segments of other documents and how they were corrected, with a fuzzy percentage", async () => {
    const { translator, origin, other } = await approvedMemory();
    const matches = await findSegmentMatches({ viewer: translator.viewer, segmentId: other.segments[0].id });
    const match = matches.find((candidate) => candidate.documentId === origin.id);
    expect(match).toMatchObject({ documentId: origin.id, publishedText: ATTACK.target, currentText: FIXED, status: "approved", approval: { approverName: "Eddie Editor" } });
    expect(match!.score).toBeGreaterThanOrEqual(50);
    expect(match!.score).toBeLessThan(100);
    expect(matches.some((candidate) => candidate.documentId === other.id)).toBe(false);
    expect(await findSegmentMatches({ viewer: translator.viewer, segmentId: other.segments[1].id })).toEqual([]);
  });
});

describe("concordance search", () => {
  it("finds French and English text across documents, approved corrections first with document, date and approver", async () => {
    const { editor, origin, other } = await approvedMemory();
    const hits = await searchConcordance({ viewer: editor.viewer, input: { q: "complices de l’offensive israélienne" } });
    const mine = hits.filter((hit) => [origin.id, other.id].includes(hit.documentId));
    expect(mine.map((hit) => [hit.documentTitle, hit.status])).toEqual([["Resignation letter", "approved"], ["Follow-up article", "unreviewed"]]);
    expect(mine[0]).toMatchObject({ currentText: FIXED, publishedText: ATTACK.target, approval: { approverName: "Eddie Editor" } });
    expect(mine[0].approval!.approvedAt).toBeInstanceOf(Date);
    expect(mine[1].approval).toBeNull();
    const english = await searchConcordance({ viewer: editor.viewer, input: { q: "governments complicit" } });
    expect(english.map((hit) => hit.documentId)).toEqual(expect.arrayContaining([origin.id, other.id]));
  });

  it("matches fuzzily: a misspelt query still finds the segment, with a match percentage", async () => {
    const { editor, other } = await approvedMemory();
    const hits = await searchConcordance({ viewer: editor.viewer, input: { q: "Nothing to doo with it" } });
    const hit = hits.find((candidate) => candidate.documentId === other.id);
    expect(hit?.currentText).toBe("Nothing to do with it.");
    expect(hit!.score).toBeGreaterThan(60);
    expect(hit!.score).toBeLessThan(100);
  });

  it("finds a sentence-long query with a word changed and one dropped, in French and in English", async () => {
    const { editor, origin } = await approvedMemory();
    const french = await searchConcordance({ viewer: editor.viewer, input: { q: "Les gouvernements européens sont complices de l’offensive contre Gaza." } });
    const hit = french.find((candidate) => candidate.documentId === origin.id);
    expect(hit?.sourceText).toBe(ATTACK.source);
    expect(hit!.score).toBeGreaterThanOrEqual(50);
    expect(hit!.score).toBeLessThan(100);
    const english = await searchConcordance({ viewer: editor.viewer, input: { q: "Eastern governments are complicit in attack on Israel" } });
    expect(english.map((candidate) => candidate.documentId)).toContain(origin.id);
    const unrelated = await searchConcordance({ viewer: editor.viewer, input: { q: "Les gouvernements européens ont signé un accord commercial hier soir." } });
    expect(unrelated.some((candidate) => candidate.documentId === origin.id)).toBe(false);
  });

  it("finds a sentence-long query inside a much longer segment by its words (full text), not only by likeness", async () => {
    const { editor } = await approvedMemory();
    const long = await createDocument({
      title: "Long paragraph",
      segments: [{ source: "Rien.", target: "After three days of talks the delegates finally agreed that the harbour tolls would be lowered next spring, though nobody expected the fishermen to accept the compromise without a fight." }],
    });
    const hits = await searchConcordance({ viewer: editor.viewer, input: { q: "fishermen accept the compromise without a fight" } });
    const hit = hits.find((candidate) => candidate.documentId === long.id);
    expect(hit?.segmentId).toBe(long.segments[0].id);
    const either = await searchConcordance({ viewer: editor.viewer, input: { q: "harbour tolls or mountain goats or glacier skiing" } });
    expect(either.map((candidate) => candidate.documentId)).toContain(long.id);
  });

  it("leaves out deleted documents and rejects a one-letter query with a clear message", async () => {
    const { editor, other } = await approvedMemory();
    await getPrisma().document.update({ where: { id: other.id }, data: { deletedAt: new Date() } });
    const hits = await searchConcordance({ viewer: editor.viewer, input: { q: "attack on Israel" } });
    expect(hits.some((hit) => hit.documentId === other.id)).toBe(false);
    await expect(searchConcordance({ viewer: editor.viewer, input: { q: "a" } })).rejects.toThrow("Type at least two characters");
  });
});

describe("propagating an approved fix", () => {
  it("finds the same error elsewhere and creates pending suggestions whose history names the origin", async () => {
    const { editor, origin, other } = await approvedMemory();
    const { patterns, candidates } = await findPropagationCandidates({ viewer: editor.viewer, segmentId: origin.segments[0].id });
    expect(patterns).toEqual([{ find: "the attack on Israel", replace: "Israel's offensive on Gaza" }]);
    // Each test makes its own documents in this file's database: look at this test's only.
    expect(candidates.filter((candidate) => candidate.documentId === other.id)).toEqual([expect.objectContaining({
      segmentId: other.segments[0].id, documentTitle: "Follow-up article", version: 1,
      proposedText: "Western governments are complicit in Israel's offensive on Gaza, he says.",
    })]);
    const results = await propagateCorrection({ viewer: editor.viewer, input: { fromSegmentId: origin.segments[0].id, targets: [{ segmentId: other.segments[0].id, baseVersion: 1 }] } });
    expect(results).toEqual([{ segmentId: other.segments[0].id, suggestionId: expect.any(String), message: null }]);
    const suggestion = await getPrisma().suggestion.findUniqueOrThrow({ where: { id: results[0].suggestionId! } });
    expect(suggestion).toMatchObject({ status: "pending", authorId: editor.id, text: candidates[0].proposedText, note: "Same correction as approved in “Resignation letter”, segment 1." });
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { entityId: suggestion.id, action: "suggestion.create" } });
    expect(event.after).toMatchObject({ origin: { kind: "propagation", segmentId: origin.segments[0].id, documentId: origin.id, position: 0 } });
    const again = await findPropagationCandidates({ viewer: editor.viewer, segmentId: origin.segments[0].id });
    expect(again.candidates.filter((candidate) => candidate.documentId === other.id)).toEqual([]);
  });

  it("skips a target that changed since the editor saw it, with the reason, and still creates the others", async () => {
    const { editor, origin, other } = await approvedMemory();
    const third = await createDocument({ title: "Third", segments: [{ source: "x", target: "They saw the attack on Israel coming." }] });
    await getPrisma().segment.update({ where: { id: other.segments[0].id }, data: { version: 2 } });
    const results = await propagateCorrection({
      viewer: editor.viewer,
      input: { fromSegmentId: origin.segments[0].id, targets: [{ segmentId: other.segments[0].id, baseVersion: 1 }, { segmentId: third.segments[0].id, baseVersion: 1 }] },
    });
    expect(results[0]).toMatchObject({ suggestionId: null, message: expect.stringContaining("version 2") });
    expect(results[1]).toMatchObject({ suggestionId: expect.any(String), message: null });
    expect(await getPrisma().suggestion.count({ where: { segmentId: other.segments[0].id } })).toBe(0);
  });

  it("is for editors, and refuses a segment without an approved correction", async () => {
    const { translator, editor, origin, other } = await approvedMemory();
    const input = { fromSegmentId: origin.segments[0].id, targets: [{ segmentId: other.segments[0].id, baseVersion: 1 }] };
    await expect(propagateCorrection({ viewer: translator.viewer, input })).rejects.toThrow("needs permission suggestion.review");
    await expect(propagateCorrection({ viewer: editor.viewer, input: { ...input, fromSegmentId: origin.segments[1].id } })).rejects.toThrow("no approved correction to propagate");
    expect(await getPrisma().suggestion.count({ where: { segmentId: other.segments[0].id } })).toBe(0);
  });
});

describe("TMX export of the memory", () => {
  const directory = mkdtempSync(join(tmpdir(), "recto-memory-"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("holds the approved pairs of every document, and translate-toolkit reads them", async () => {
    const { editor, origin } = await approvedMemory();
    const admin = await createUser({ role: "admin" });
    await expect(async () => exportMemoryTmx({ viewer: editor.viewer })).rejects.toThrow("needs permission export.run");
    const path = join(directory, "memory.tmx");
    writeFileSync(path, await readAll(exportMemoryTmx({ viewer: admin.viewer }).stream));
    const script = [
      "import json, sys",
      "from translate.storage import factory",
      "store = factory.getobject(sys.argv[1])",
      "print(json.dumps([[u.source, u.target] for u in store.units if not u.isheader()]))",
    ].join("\n");
    const units: string[][] = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, path], { encoding: "utf8" }));
    expect(units).toContainEqual([ATTACK.source, FIXED]);
    expect(units.some(([, target]) => target.includes("the attack on Israel"))).toBe(false);
    expect(origin.id).toBeTruthy();
  });
});
