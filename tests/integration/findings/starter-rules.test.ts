import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { deleteGlossaryEntry, seedStarterRules, updateGlossaryEntry } from "@/lib/findings/glossary/mutations";
import { dismissFinding, refreshDocumentFindings } from "@/lib/findings/mutations";
import { stopQueue } from "@/lib/jobs/queue";
import { createQaDocument, listFindings } from "@/tests/factories/findings";
import { createUser } from "@/tests/factories/users";
import { prepareChecks } from "@/lib/qa/run-checks";

afterAll(() => stopQueue());
// The grammar checker loads once per process (seconds of CPU): not inside the first test's time.
beforeAll(() => prepareChecks(), 180_000);

// Hamas attacks, Israel is attacked (starter rule "attaque"); the target turns it round.
const ATTACK_REVERSED = { source: "Il condamne l'attaque du Hamas contre Israël.", target: "He condemns the attack on Hamas." };
// Russia strikes Kyiv (starter rule "frappe"); the target makes Russia the one struck.
const STRIKES_REVERSED = { source: "Les frappes russes sur Kiev continuent.", target: "The strikes on Russia continue." };

async function setUp(pair: { source: string; target: string }) {
  const admin = await createUser({ role: "admin" });
  const { documentId } = await createQaDocument({ createdById: admin.id, pairs: [pair] });
  return { admin, documentId };
}

/** Re-runs the document's checks; its role-reversal findings as "status fingerprint". */
async function roleReversals(documentId: string): Promise<string[]> {
  await refreshDocumentFindings({ documentId });
  return (await listFindings(documentId)).filter((row) => row.checkId === "role-reversal").map((row) => `${row.status} ${row.fingerprint}`);
}

async function seededCopy(sourceTerm: string) {
  return getPrisma().glossaryEntry.findFirstOrThrow({ where: { documentId: null, kind: "role_reversal", sourceTerm, deletedAt: null } });
}

// The tests share this file's database: the first one runs before anything is seeded.
describe("the starter role-reversal rules", () => {
  it("come from lib/qa until the glossary is seeded, then from the glossary's copies under the same fingerprints, so a dismissal holds", async () => {
    const { admin, documentId } = await setUp(ATTACK_REVERSED);
    expect(await roleReversals(documentId)).toEqual(["open role-reversal:starter-attack|attack on hamas"]);
    const finding = (await listFindings(documentId)).find((row) => row.checkId === "role-reversal")!;
    await dismissFinding({ viewer: admin.viewer, input: { findingId: finding.id, reason: "Quoted as Hamas put it" } });
    expect(await seedStarterRules()).toBeGreaterThan(0);
    expect(await roleReversals(documentId)).toEqual(["dismissed role-reversal:starter-attack|attack on hamas"]);
  });

  it("stop flagging once an admin deletes the seeded copy from the glossary, leaving the reading of the alignment", async () => {
    const { admin, documentId } = await setUp(ATTACK_REVERSED);
    await seedStarterRules();
    expect(await roleReversals(documentId)).toEqual(["open role-reversal:starter-attack|attack on hamas"]);
    await deleteGlossaryEntry({ viewer: admin.viewer, input: { entryId: (await seededCopy("attaque")).id } });
    // The rule's finding goes; the general check, which needs no list of nouns, still reads the reversal.
    expect(await roleReversals(documentId)).toEqual(["open role-reversal:aligned|attack on hamas"]);
  });

  it("run as edited once an editor changes the seeded copy", async () => {
    const { admin, documentId } = await setUp(STRIKES_REVERSED);
    await seedStarterRules();
    expect(await roleReversals(documentId)).toEqual(["open role-reversal:starter-strike|strikes on russia"]);
    const copy = await seededCopy("frappe");
    const pattern = copy.pattern as { targetNouns: string[] };
    const targetNouns = pattern.targetNouns.filter((noun) => !noun.startsWith("strike"));
    await updateGlossaryEntry({ viewer: admin.viewer, input: { entryId: copy.id, sourceTerm: "frappe", targetTerms: ["airstrike"], pattern: { ...pattern, targetNouns } } });
    expect(await roleReversals(documentId)).toEqual([]);
  });
});
