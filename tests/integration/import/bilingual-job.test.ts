import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { importBilingualFile } from "@/lib/documents/import-bilingual";
import { registerWorkers } from "@/lib/documents/import-bilingual-job";
import { stopQueue } from "@/lib/jobs/queue";
import { createUser } from "@/tests/factories/users";
import { waitForImportJob } from "@/tests/support/import-jobs";

// The route is called directly with a factory-made viewer; everything below the session is real.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ requireApiViewer: async () => session.viewer }));
const { POST } = await import("@/app/(workbench)/import-bilingual/submit/route");

beforeAll(() => registerWorkers());
afterAll(() => stopQueue());
afterEach(() => {
  delete process.env.RECTO_MAX_BILINGUAL_MB;
  delete process.env.RECTO_MAX_IMPORT_UNITS;
});

const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const xliff = (count: number, broken = -1) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="fr" target-language="en" original="a" datatype="plaintext"><body>\n` +
  range(count).map((i) => `<trans-unit id="u${i}"><${i === broken ? "sourc" : "source"}>Le conseil municipal numéro ${i} a voté ${i * 3} mesures.</source><target>Council number ${i} voted ${i * 3} measures.</target></trans-unit>\n`).join("") +
  "</body></file></xliff>\n";
const csv = (count: number) => "source,target\n" + range(count).map((i) => `Phrase numéro ${i} du conseil.,Sentence number ${i} of the council.\n`).join("");

/** What is left of uploads: stored chunks, and the jobs' copies in the temporary folder. */
const uploads = async () => (await getPrisma().importUploadChunk.count()) + (await readdir(tmpdir())).filter((name) => name.startsWith("recto-import-")).length;

async function counts() {
  const prisma = getPrisma();
  const [documents, segments, jobs] = await Promise.all([prisma.document.count(), prisma.segment.count(), prisma.importJob.count()]);
  return { documents, segments, jobs };
}

function upload(body: BodyInit, query: Record<string, string>, origin = "http://recto.test") {
  const url = `http://recto.test/import-bilingual/submit?${new URLSearchParams(query)}`;
  return POST(new Request(url, { method: "POST", headers: { host: "recto.test", origin }, body, duplex: "half" } as RequestInit));
}

describe("a bilingual import runs as a background job", () => {
  it("streams the upload into PostgreSQL, stores every unit in the worker with progress, and deletes the upload", async () => {
    session.viewer = (await createUser({ role: "editor" })).viewer;
    const text = xliff(3000);
    expect(text.length).toBeGreaterThan(256 * 1024);
    const response = await upload(text, { title: "From a CAT tool", fileName: "job.xlf" });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    const { final, seen } = await waitForImportJob(session.viewer, jobId);
    expect(final).toMatchObject({ status: "succeeded", progress: 1, error: null, message: "Imported 3,000 segments from job.xlf.", title: "From a CAT tool" });
    expect(seen.every((progress, k) => k === 0 || progress >= seen[k - 1])).toBe(true);
    const segments = await getPrisma().segment.findMany({ where: { documentId: final.documentId! }, orderBy: { position: "asc" } });
    expect(segments.map((segment) => segment.position)).toEqual([...Array(3000).keys()]);
    expect(segments[2999]).toMatchObject({ sourceText: "Le conseil municipal numéro 3000 a voté 9000 mesures.", publishedText: "Council number 3000 voted 9000 measures.", sourceSeparator: "", targetSeparator: "" });
    expect(segments[0]).toMatchObject({ sourceSeparator: "\n\n", status: "unreviewed", kind: "1-1" });
    // The job deletes the upload after it reports the outcome (its finally block).
    await vi.waitFor(async () => expect(await uploads()).toBe(0), { timeout: 10_000, interval: 100 });
  }, 120_000);

  it("refuses a chunked upload past RECTO_MAX_BILINGUAL_MB as soon as it passes, naming the limit, and keeps nothing", async () => {
    process.env.RECTO_MAX_BILINGUAL_MB = "1";
    session.viewer = (await createUser({ role: "editor" })).viewer;
    const before = await counts();
    let pulled = 0;
    const chunk = new TextEncoder().encode(csv(2000));
    const body = new ReadableStream<Uint8Array>({ pull: (controller) => void ((pulled += chunk.length) < 200 * 1024 * 1024 ? controller.enqueue(chunk) : controller.close()) }, { highWaterMark: 0 });
    const response = await upload(body, { title: "Huge", fileName: "huge.csv" });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "TOO_LARGE", message: "huge.csv is over the 1 MB limit for bilingual files (RECTO_MAX_BILINGUAL_MB); split it into smaller files." } });
    expect(pulled).toBeLessThan(1024 * 1024 + 2 * chunk.length);
    expect(await counts()).toEqual(before);
    expect(await uploads()).toBe(0);
  });

  it("fails the job past RECTO_MAX_IMPORT_UNITS with a message naming the cap, storing nothing", async () => {
    process.env.RECTO_MAX_IMPORT_UNITS = "100";
    session.viewer = (await createUser({ role: "editor" })).viewer;
    const before = await counts();
    const response = await upload(csv(150), { title: "Too many", fileName: "many.csv" });
    const { final } = await waitForImportJob(session.viewer, ((await response.json()) as { jobId: string }).jobId);
    expect(final).toMatchObject({
      status: "failed",
      message: "The import of many.csv failed; nothing was stored.",
      error: "many.csv: it has more than 100 translation units, the limit for one import; split it into smaller files (RECTO_MAX_IMPORT_UNITS sets the limit)",
    });
    expect(await counts()).toEqual({ ...before, jobs: before.jobs + 1 });
  });

  it("fails the job on malformed XML far into a large file, naming the line", async () => {
    session.viewer = (await createUser({ role: "editor" })).viewer;
    const response = await upload(xliff(3000, 2500), { title: "Broken", fileName: "broken.xlf" });
    const { final } = await waitForImportJob(session.viewer, ((await response.json()) as { jobId: string }).jobId);
    expect(final).toMatchObject({ status: "failed", documentId: null, error: expect.stringMatching(/^broken\.xlf: XLIFF is not well-formed XML at line 2502, column \d+/) });
  }, 60_000);

  it.each([
    ["a translator", "translator", "http://recto.test", 403, "FORBIDDEN"],
    ["a post from another site", "editor", "https://evil.example", 403, "FORBIDDEN"],
    ["an unsupported extension", "editor", "http://recto.test", 422, "VALIDATION"],
  ] as const)("refuses %s before reading the body", async (_name, role, origin, status, code) => {
    session.viewer = (await createUser({ role })).viewer;
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (controller) => void ((pulled += 1) < 100 ? controller.enqueue(new Uint8Array(1024 * 1024)) : controller.close()) }, { highWaterMark: 0 });
    const response = await upload(body, { title: "T", fileName: status === 422 ? "a.docx" : "a.xlf" }, origin);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: { code } });
    expect(pulled).toBeLessThanOrEqual(1);
  });
});

describe("reading and storing a bilingual file", () => {
  it("keeps the event loop answering while 20,000 rows are imported", async () => {
    const { viewer } = await createUser({ role: "editor" });
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const result = await importBilingualFile({ viewer, input: { title: "Rows", fileName: "rows.csv", bytes: new TextEncoder().encode(csv(20_000)) } });
    histogram.disable();
    expect(result.segmentCount).toBe(20_000);
    // One unbatched INSERT built on the event loop stalled it for seconds; a batch takes milliseconds.
    expect(histogram.max / 1e6).toBeLessThan(500);
  }, 120_000);
});
