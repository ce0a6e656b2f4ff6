import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { getImportJob, registerWorkers, startImportJob } from "@/lib/documents/import-job";
import { BACKGROUND_IMPORT_CHARS, submitImport } from "@/lib/documents/import-upload";
import { stopQueue } from "@/lib/jobs/queue";
import { createUser } from "@/tests/factories/users";
import { waitForImportJob } from "@/tests/support/import-jobs";

beforeAll(() => registerWorkers());
afterAll(() => stopQueue());

/** A long article: `count` numbered sentence pairs, five to a paragraph. */
function book(count: number) {
  const french: string[] = [];
  const english: string[] = [];
  for (let i = 1; i <= count; i++) {
    const end = i % 5 === 0 ? "\n\n" : " ";
    french.push(`Le conseil municipal de la ville numéro ${i} a voté ${i * 3} mesures nouvelles pour les écoles et les hôpitaux.${end}`);
    english.push(`The council of town number ${i} voted ${i * 3} new measures for schools and hospitals.${end}`);
  }
  return { sourceText: french.join(""), targetText: english.join("") };
}

async function counts() {
  const prisma = getPrisma();
  const [documents, segments, events] = await Promise.all([prisma.document.count(), prisma.segment.count(), prisma.historyEvent.count()]);
  return { documents, segments, events };
}

/** Makes inserting a segment whose French contains `marker` fail, as a full disk would; null removes the fault. */
async function failInsertsOf(marker: string | null): Promise<void> {
  const prisma = getPrisma();
  await prisma.$executeRawUnsafe("DROP TRIGGER IF EXISTS test_fault ON segments");
  if (marker === null) return;
  await prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF position('${marker}' in NEW.source_text) > 0 THEN RAISE EXCEPTION 'could not extend file (test fault)'; END IF; RETURN NEW; END $$`);
  await prisma.$executeRawUnsafe("CREATE TRIGGER test_fault BEFORE INSERT ON segments FOR EACH ROW EXECUTE FUNCTION test_fault()");
}

describe("a large import runs as a background job", () => {
  it("queues a text over the threshold, stores it in the worker and reports progress up to 1", async () => {
    const editor = await createUser({ role: "editor" });
    const texts = book(4000);
    expect(texts.sourceText.length).toBeGreaterThan(BACKGROUND_IMPORT_CHARS);
    const file = (text: string) => ({ pasted: text, file: null });
    const outcome = await submitImport({
      viewer: editor.viewer,
      upload: { title: "Town councils", provenance: "synthetic", allowLanguageMismatch: false, source: file(texts.sourceText), target: file(texts.targetText) },
    });
    expect(outcome).toMatchObject({ outcome: "queued", jobId: expect.any(String) });
    const { final, seen } = await waitForImportJob(editor.viewer, (outcome as { jobId: string }).jobId);
    expect(final).toMatchObject({ status: "succeeded", progress: 1, error: null, message: "Imported 4,000 segments.", title: "Town councils" });
    expect(seen.every((progress, k) => k === 0 || progress >= seen[k - 1])).toBe(true);
    const document = await getPrisma().document.findUniqueOrThrow({ where: { id: final.documentId! }, include: { segments: { orderBy: { position: "asc" } } } });
    expect(document.segments).toHaveLength(4000);
    expect(document.segments.map((s) => s.position)).toEqual([...Array(4000).keys()]);
    expect(document.sourceLeading + document.segments.map((s) => s.sourceText + s.sourceSeparator).join("")).toBe(texts.sourceText);
    expect(document.targetLeading + document.segments.map((s) => s.publishedText + s.targetSeparator).join("")).toBe(texts.targetText);
    expect(await getPrisma().historyEvent.count({ where: { documentId: document.id, action: "document.import" } })).toBe(1);
  }, 120_000);

  it("stores nothing when the job fails part-way, and its row says why", async () => {
    const editor = await createUser({ role: "editor" });
    const before = await counts();
    // A fault in this test's own database: the third batch of segments fails after two were written.
    await failInsertsOf("ville numéro 2200 ");
    const { jobId } = await startImportJob({ viewer: editor.viewer, input: { title: "Broken", ...book(2500) } });
    const { final, seen } = await waitForImportJob(editor.viewer, jobId).finally(() => failInsertsOf(null));
    expect(final).toMatchObject({
      status: "failed",
      documentId: null,
      message: "The import failed while storing the segments; nothing was stored.",
      error: expect.stringMatching(/Something went wrong/),
    });
    expect(Math.max(...seen)).toBeLessThan(1);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it("shows a job to its creator and an admin only", async () => {
    const editor = await createUser({ role: "editor" });
    const other = await createUser({ role: "editor" });
    const admin = await createUser({ role: "admin" });
    const { jobId } = await startImportJob({ viewer: editor.viewer, input: { title: "Mine", ...book(3) } });
    await waitForImportJob(editor.viewer, jobId);
    expect((await getImportJob({ viewer: admin.viewer, jobId })).title).toBe("Mine");
    await expect(getImportJob({ viewer: other.viewer, jobId })).rejects.toMatchObject({ code: "NOT_FOUND", message: `Import job ${jobId} does not exist.` });
    await expect(getImportJob({ viewer: admin.viewer, jobId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  }, 120_000);
});
