import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createGlossaryEntry, deleteGlossaryEntry, seedStarterRules, updateGlossaryEntry } from "@/lib/findings/glossary/mutations";
import { findGlossary } from "@/lib/findings/glossary/queries";
import { refreshDocumentFindings } from "@/lib/findings/mutations";
import { stopQueue } from "@/lib/jobs/queue";
import { prepareChecks, STARTER_ROLE_REVERSAL_RULES } from "@/lib/qa/run-checks";
import { prepareChecksOffThread } from "@/lib/qa/checks-worker";
import { createQaDocument, listFindings } from "@/tests/factories/findings";
import { createUser } from "@/tests/factories/users";

afterAll(() => stopQueue());
// The grammar checker loads once per process (seconds of CPU): not inside the first test's time.
// Both: one-segment refreshes check on this thread, document runs in the QA thread.
beforeAll(() => Promise.all([prepareChecks(), prepareChecksOffThread()]), 180_000);

const CEASEFIRE = [{ source: "Le cessez-le-feu a été rompu.", target: "The truce was broken." }];
const PATTERN = { sourceNouns: ["blocus"], targetNouns: ["blockade"], sourcePatientMarkers: ["de"], targetPatientMarkers: ["of"] };

describe("the glossary", () => {
  it("applies a per-document term to its document only, and a global term to every document", async () => {
    const editor = await createUser({ role: "editor" });
    const first = await createQaDocument({ createdById: editor.id, pairs: CEASEFIRE });
    const second = await createQaDocument({ createdById: editor.id, pairs: CEASEFIRE });
    await createGlossaryEntry({ viewer: editor.viewer, input: { documentId: first.documentId, kind: "term", sourceTerm: "cessez-le-feu", targetTerms: "ceasefire, cease-fire" } });
    for (const { documentId } of [first, second]) await refreshDocumentFindings({ documentId });
    expect((await listFindings(first.documentId)).map((row) => row.checkId)).toEqual(["terminology"]);
    expect(await listFindings(second.documentId)).toEqual([]);

    await createGlossaryEntry({ viewer: editor.viewer, input: { documentId: null, kind: "term", sourceTerm: "rompu", targetTerms: ["violated"] } });
    await refreshDocumentFindings({ documentId: second.documentId });
    expect((await listFindings(second.documentId)).map((row) => row.fingerprint)).toEqual([expect.stringMatching(/^terminology:.*\|rompu$/)]);

    const forFirst = await findGlossary({ viewer: editor.viewer, documentId: first.documentId });
    expect(forFirst.map((row) => [row.sourceTerm, row.documentId])).toEqual([["rompu", null], ["cessez-le-feu", first.documentId]]);
    expect(forFirst[1].targetTerms).toEqual(["ceasefire", "cease-fire"]);
    const forSecond = await findGlossary({ viewer: editor.viewer, documentId: second.documentId });
    expect(forSecond.map((row) => row.sourceTerm)).toEqual(["rompu"]);
  });

  it("updates and soft-deletes an entry, recording each change, and the deleted entry stops applying", async () => {
    const editor = await createUser({ role: "admin" });
    const { documentId } = await createQaDocument({ createdById: editor.id, pairs: [{ source: "Le cessez-le-feu tient.", target: "The truce holds." }] });
    const { entryId } = await createGlossaryEntry({ viewer: editor.viewer, input: { documentId, kind: "term", sourceTerm: "cessez-le-feu", targetTerms: ["ceasefire"] } });
    await updateGlossaryEntry({ viewer: editor.viewer, input: { entryId, sourceTerm: "cessez-le-feu", targetTerms: ["truce"], note: "House style" } });
    await refreshDocumentFindings({ documentId });
    expect(await listFindings(documentId)).toEqual([]);
    await deleteGlossaryEntry({ viewer: editor.viewer, input: { entryId } });
    expect((await findGlossary({ viewer: editor.viewer, documentId })).some((row) => row.id === entryId)).toBe(false);
    expect(await getPrisma().glossaryEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({ deletedAt: expect.any(Date), targetTerms: ["truce"] });
    const actions = await getPrisma().historyEvent.findMany({ where: { entityId: entryId }, orderBy: { id: "asc" }, select: { action: true, actorId: true } });
    expect(actions).toEqual(["glossary.create", "glossary.update", "glossary.delete"].map((action) => ({ action, actorId: editor.id })));
    await expect(updateGlossaryEntry({ viewer: editor.viewer, input: { entryId, sourceTerm: "x", targetTerms: ["y"] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a save based on an entry someone changed since, with their version, and takes it once based on theirs", async () => {
    const [first, second] = [await createUser({ role: "editor" }), await createUser({ role: "admin" })];
    const { entryId } = await createGlossaryEntry({ viewer: first.viewer, input: { documentId: null, kind: "term", sourceTerm: "trêve", targetTerms: ["truce"] } });
    const opened = (await getPrisma().glossaryEntry.findUniqueOrThrow({ where: { id: entryId } })).updatedAt.toISOString();
    await updateGlossaryEntry({ viewer: second.viewer, input: { entryId, sourceTerm: "trêve", targetTerms: ["truce", "lull"], note: "Both", seenUpdatedAt: opened } });
    const refused: unknown = await updateGlossaryEntry({ viewer: first.viewer, input: { entryId, sourceTerm: "trêve", targetTerms: ["ceasefire"], seenUpdatedAt: opened } }).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: "Someone changed the entry “trêve” after you opened it; review their version before saving yours.",
      details: { entry: { sourceTerm: "trêve", targetTerms: ["truce", "lull"], note: "Both", updatedAt: expect.any(String) } },
    });
    const theirs = (refused as { details: { entry: { updatedAt: string } } }).details.entry.updatedAt;
    expect(theirs).not.toBe(opened);
    await updateGlossaryEntry({ viewer: first.viewer, input: { entryId, sourceTerm: "trêve", targetTerms: ["ceasefire"], seenUpdatedAt: theirs } });
    expect(await getPrisma().glossaryEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({ targetTerms: ["ceasefire"], note: "" });
  });

  it("stores a role-reversal rule's pattern with lib/qa's defaults and rejects one that is not valid JSON", async () => {
    const editor = await createUser({ role: "editor" });
    const { entryId } = await createGlossaryEntry({ viewer: editor.viewer, input: { documentId: null, kind: "role_reversal", sourceTerm: "blocus", targetTerms: ["blockade"], pattern: JSON.stringify(PATTERN) } });
    const stored = await getPrisma().glossaryEntry.findUniqueOrThrow({ where: { id: entryId } });
    expect(stored.pattern).toMatchObject({ ...PATTERN, targetAgentMarkers: ["by", "led by", "carried out by"], adjectiveIsAgent: true });
    await expect(createGlossaryEntry({ viewer: editor.viewer, input: { documentId: null, kind: "role_reversal", sourceTerm: "blocus", targetTerms: ["blockade"], pattern: "{nope" } }))
      .rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["pattern"], message: expect.stringMatching(/^Pattern is not valid JSON/) })] });
    await expect(createGlossaryEntry({ viewer: editor.viewer, input: { documentId: null, kind: "role_reversal", sourceTerm: "blocus", targetTerms: ["blockade"] } }))
      .rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["pattern"], message: "A role-reversal rule needs a pattern" })] });
  });

  it("lets translators read the glossary but not change it (glossary.edit)", async () => {
    const translator = await createUser({ role: "translator" });
    const editor = await createUser({ role: "editor" });
    const { entryId } = await createGlossaryEntry({ viewer: editor.viewer, input: { documentId: null, kind: "term", sourceTerm: "colonie", targetTerms: ["settlement"] } });
    const forbidden = { code: "FORBIDDEN", message: "A translator may not do this (needs permission glossary.edit)." };
    await expect(createGlossaryEntry({ viewer: translator.viewer, input: { documentId: null, kind: "term", sourceTerm: "a", targetTerms: ["b"] } })).rejects.toMatchObject(forbidden);
    await expect(updateGlossaryEntry({ viewer: translator.viewer, input: { entryId, sourceTerm: "colonie", targetTerms: ["colony"] } })).rejects.toMatchObject(forbidden);
    await expect(deleteGlossaryEntry({ viewer: translator.viewer, input: { entryId } })).rejects.toMatchObject(forbidden);
    expect(await getPrisma().glossaryEntry.count({ where: { sourceTerm: "a" } })).toBe(0);
    expect(await getPrisma().glossaryEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({ targetTerms: ["settlement"], deletedAt: null });
    await expect(findGlossary({ viewer: translator.viewer })).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ id: entryId })]));
  });

  it("refuses a per-document entry for a document that does not exist, naming it", async () => {
    const editor = await createUser({ role: "editor" });
    const documentId = crypto.randomUUID();
    await expect(createGlossaryEntry({ viewer: editor.viewer, input: { documentId, kind: "term", sourceTerm: "a", targetTerms: ["b"] } }))
      .rejects.toThrow(`Document ${documentId} does not exist.`);
  });

  it("seeds the starter role-reversal rules as global entries once, and a deleted one stays deleted", async () => {
    await createUser({ role: "admin" });
    const admin = await createUser({ role: "admin" });
    const first = await seedStarterRules();
    expect(first).toBe(STARTER_ROLE_REVERSAL_RULES.length);
    const offensive = await getPrisma().glossaryEntry.findFirstOrThrow({ where: { documentId: null, kind: "role_reversal", sourceTerm: "offensive" } });
    await deleteGlossaryEntry({ viewer: admin.viewer, input: { entryId: offensive.id } });
    expect(await seedStarterRules()).toBe(0);
    const starterTerms = STARTER_ROLE_REVERSAL_RULES.map((rule) => rule.sourceTerm);
    const live = await getPrisma().glossaryEntry.count({ where: { documentId: null, kind: "role_reversal", deletedAt: null, sourceTerm: { in: starterTerms } } });
    expect(live).toBe(STARTER_ROLE_REVERSAL_RULES.length - 1);
  });
});
