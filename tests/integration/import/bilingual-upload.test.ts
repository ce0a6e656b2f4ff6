import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { runBilingualImportJob, UPLOAD_CHUNK_BYTES, type BilingualJobData } from "@/lib/documents/import-bilingual-job";
import { stopQueue } from "@/lib/jobs/queue";
import { createUser } from "@/tests/factories/users";

// No worker is registered in this file: the job stays queued, as it would for another machine's worker.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ requireApiViewer: async () => session.viewer }));
const { POST } = await import("@/app/(workbench)/import-bilingual/submit/route");

const originalTmpdir = process.env.TMPDIR;
afterEach(() => {
  if (originalTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = originalTmpdir;
});
afterAll(() => stopQueue());

const xliff = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="fr" target-language="en" original="a" datatype="plaintext"><body>\n` +
  Array.from({ length: count }, (_, i) => `<trans-unit id="u${i + 1}"><source>Le conseil municipal numéro ${i + 1} a voté des mesures.</source><target>Council number ${i + 1} voted measures.</target></trans-unit>\n`).join("") +
  "</body></file></xliff>\n";

function upload(body: BodyInit, query: Record<string, string>) {
  const url = `http://recto.test/import-bilingual/submit?${new URLSearchParams(query)}`;
  return POST(new Request(url, { method: "POST", headers: { host: "recto.test", origin: "http://recto.test" }, body, duplex: "half" } as RequestInit));
}

describe("a bilingual upload is stored in PostgreSQL for whichever process runs its job", () => {
  it("keeps the file in chunks under the import, and a worker with an empty temporary folder imports it, then deletes it", async () => {
    session.viewer = (await createUser({ role: "editor" })).viewer;
    const bytes = new TextEncoder().encode(xliff(12_000));
    expect(bytes.length).toBeGreaterThan(UPLOAD_CHUNK_BYTES);
    const response = await upload(bytes, { title: "Elsewhere", fileName: "far.xlf" });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };

    const prisma = getPrisma();
    const chunks = await prisma.importUploadChunk.findMany({ where: { importJobId: jobId }, orderBy: { seq: "asc" }, select: { seq: true, data: true } });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((chunk) => chunk.seq)).toEqual([...chunks.keys()]);
    expect(Buffer.concat(chunks.map((chunk) => chunk.data)).equals(Buffer.from(bytes))).toBe(true);
    const [queued] = await prisma.$queryRaw<{ data: BilingualJobData }[]>`SELECT data FROM pgboss.job WHERE name = 'import-bilingual' AND data->>'importJobId' = ${jobId}`;
    expect(queued.data).toEqual({ importJobId: jobId, fileName: "far.xlf", title: "Elsewhere", provenance: "" });

    // Another machine: nothing of the upload in its temporary folder.
    const elsewhere = await mkdtemp(path.join(tmpdir(), "recto-elsewhere-"));
    process.env.TMPDIR = elsewhere;
    try {
      await runBilingualImportJob(queued.data);
      const job = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, message: true, documentId: true } });
      expect(job).toMatchObject({ status: "succeeded", message: "Imported 12,000 segments from far.xlf." });
      expect(await prisma.segment.count({ where: { documentId: job.documentId! } })).toBe(12_000);
      expect(await prisma.importUploadChunk.count({ where: { importJobId: jobId } })).toBe(0);
      // The job's copy is gone (tsx, unbundled here, may keep its cache in the folder too).
      expect((await readdir(elsewhere)).filter((name) => name.startsWith("recto-import-"))).toEqual([]);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  }, 120_000);

  it("fails a job whose upload is not stored (queued by an earlier release), saying to import the file again", async () => {
    const { viewer } = await createUser({ role: "editor" });
    const prisma = getPrisma();
    const row = await prisma.importJob.create({ data: { title: "Old", createdById: viewer.userId }, select: { id: true } });
    const elsewhere = await mkdtemp(path.join(tmpdir(), "recto-elsewhere-"));
    process.env.TMPDIR = elsewhere;
    try {
      await runBilingualImportJob({ importJobId: row.id, fileName: "old.xlf", title: "Old", provenance: "" });
      expect(await prisma.importJob.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, error: true, documentId: true } }))
        .toEqual({ status: "failed", error: "The upload of old.xlf is no longer stored; import the file again.", documentId: null });
      expect((await readdir(elsewhere)).filter((name) => name.startsWith("recto-import-"))).toEqual([]);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it("stores nothing for an empty upload", async () => {
    session.viewer = (await createUser({ role: "editor" })).viewer;
    const prisma = getPrisma();
    const before = await prisma.importJob.count();
    const response = await upload(new Uint8Array(0), { title: "Empty", fileName: "empty.xlf" });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: "VALIDATION", message: "empty.xlf is empty; choose a non-empty .xlf, .tmx, .csv or .tsv file." } });
    expect(await prisma.importJob.count()).toBe(before);
    expect(await prisma.importUploadChunk.count()).toBe(0);
  });
});
