import "server-only";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { bilingualTooLarge, importBilingualFile } from "@/lib/documents/import-bilingual";
import { creatorOf, report } from "@/lib/documents/import-job";
import { beatWhileRunning } from "@/lib/documents/import-reconcile";
import { bilingualImportLimits } from "@/lib/env";
import { describeError } from "@/lib/describe-error";
import { AppError } from "@/lib/errors";
import { bilingualUploadSchema } from "@/lib/documents/schema";
import { enqueue, QUEUES, registerWorker } from "@/lib/jobs/queue";
import { cappedBody } from "@/lib/request-body";

/** What pg-boss carries: the ImportJob row to report on (the upload is stored under its id, never in the job). */
export type BilingualJobData = { importJobId: string; fileName: string; title: string; provenance: string };

/** An upload is stored in chunks of this size (the last one smaller): about one is in memory at a time, on either side. */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;

/** Longest a bilingual import may run before pg-boss expires it (its row is then marked failed). */
export const BILINGUAL_JOB_EXPIRE_SECONDS = 60 * 60;

/**
 * Streams the request body into import_upload_chunks under the import's row, stopping at the size
 * limit. PostgreSQL, not a local folder, holds it so that whichever instance or worker process takes
 * the job finds it (issue 16). Returns the size; on any failure the caller deletes the row (and so the chunks).
 */
async function storeUpload(request: Request, fileName: string, importJobId: string): Promise<number> {
  const { maxBytes, maxMegabytes } = bilingualImportLimits();
  let refusal: AppError | null = null;
  const body = cappedBody(request, maxBytes, (bytes, isDeclared) =>
    (refusal = bilingualTooLarge(fileName, isDeclared ? bytes : null, maxMegabytes)));
  const prisma = getPrisma();
  const pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let seq = 0;
  let size = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const data = Buffer.concat(pending, pendingBytes);
    pending.length = 0;
    pendingBytes = 0;
    await prisma.importUploadChunk.create({ data: { importJobId, seq: seq++, data }, select: { seq: true } });
  };
  try {
    const reader = body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      // A piece may be larger than a chunk (a body sent in one buffer): it is cut where each chunk fills.
      for (let piece = next.value; piece.byteLength > 0; ) {
        const part = piece.subarray(0, UPLOAD_CHUNK_BYTES - pendingBytes);
        pending.push(part);
        pendingBytes += part.byteLength;
        piece = piece.subarray(part.byteLength);
        if (pendingBytes === UPLOAD_CHUNK_BYTES) await flush();
      }
    }
    await flush();
  } catch (error) {
    if (refusal) throw refusal;
    if (error instanceof AppError) throw error;
    throw new AppError({ code: "VALIDATION", message: `The upload of ${fileName} could not be read (it may have been cut off); try again.` });
  }
  if (size === 0) throw new AppError({ code: "VALIDATION", message: `${fileName} is empty; choose a non-empty .xlf, .tmx, .csv or .tsv file.` });
  return size;
}

/** The stored chunks of an import's upload, in order, one query (and one chunk in memory) at a time. */
async function* readUploadChunks(importJobId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq += 1) {
    const chunk = await getPrisma().importUploadChunk.findUnique({ where: { importJobId_seq: { importJobId, seq } }, select: { data: true } });
    if (!chunk) return;
    yield chunk.data;
  }
}

/** Writes an import's stored upload to a file in `folder` (the parse thread reads a file); returns the file. */
async function restoreUpload(importJobId: string, fileName: string, folder: string): Promise<string> {
  const file = path.join(folder, `upload${path.extname(fileName).toLowerCase()}`);
  await pipeline(Readable.from(readUploadChunks(importJobId)), createWriteStream(file, { flags: "wx" }));
  // A job queued by an earlier release (its upload in a local folder) or whose upload was cleaned up.
  if ((await stat(file)).size === 0) throw new AppError({ code: "NOT_FOUND", message: `The upload of ${fileName} is no longer stored; import the file again.` });
  return file;
}

/**
 * The bilingual import page's upload: the file is the request body, its title and name the query
 * string. The role is checked before the body is read; the body is streamed into PostgreSQL with a
 * byte cap (RECTO_MAX_BILINGUAL_MB) and queued as a background job, whose ImportJob id is returned.
 */
export async function startBilingualImport(options: { viewer: Viewer; request: Request }): Promise<{ jobId: string }> {
  const { viewer, request } = options;
  assertCan(viewer, "document.import");
  const query = new URL(request.url).searchParams;
  const fields = bilingualUploadSchema.parse({ title: query.get("title") ?? "", fileName: query.get("fileName") ?? "", provenance: query.get("provenance") ?? "" });
  const prisma = getPrisma();
  const job = await prisma.importJob.create({ data: { title: fields.title, createdById: viewer.userId, message: "Receiving the file…" }, select: { id: true } });
  // A slow upload keeps its row fresh, so another instance starting meanwhile does not fail it as orphaned.
  const stopBeating = beatWhileRunning(job.id);
  try {
    await storeUpload(request, fields.fileName, job.id);
    await prisma.importJob.update({ where: { id: job.id }, data: { message: "Waiting for the background worker…" }, select: { id: true } });
    const data: BilingualJobData = { importJobId: job.id, ...fields };
    await enqueue(QUEUES.importBilingual, data, { expireInSeconds: BILINGUAL_JOB_EXPIRE_SECONDS, deadLetter: QUEUES.importFailed });
  } catch (error) {
    // The row goes with its chunks (ON DELETE CASCADE): a refused upload leaves nothing behind.
    await prisma.importJob.delete({ where: { id: job.id }, select: { id: true } });
    throw error;
  } finally {
    stopBeating();
  }
  return { jobId: job.id };
}

/**
 * The worker's body: copy the stored upload to this machine's temporary folder, read and store it,
 * keep the ImportJob row saying where it is or why it failed, then delete the upload and the copy.
 */
export async function runBilingualImportJob(data: BilingualJobData): Promise<void> {
  const { importJobId } = data;
  const stopBeating = beatWhileRunning(importJobId);
  let folder: string | null = null;
  try {
    const viewer = await creatorOf(importJobId);
    await report(importJobId, { status: "running", progress: 0.02, message: `Reading ${data.fileName}…` });
    folder = await mkdtemp(path.join(tmpdir(), "recto-import-"));
    const file = await restoreUpload(importJobId, data.fileName, folder);
    const onProgress = (stored: number, fractionRead: number) =>
      report(importJobId, { progress: 0.02 + 0.93 * fractionRead, message: `Stored ${stored.toLocaleString("en")} segments (${Math.round(fractionRead * 100)}% of the file read)…` });
    const input = { title: data.title, fileName: data.fileName, provenance: data.provenance, path: file };
    const result = await importBilingualFile({ viewer, input, onProgress });
    const notes = result.issueCount > 0 ? ` and ${result.issueCount.toLocaleString("en")} notes` : "";
    await getPrisma().importJob.update({
      where: { id: importJobId },
      data: { status: "succeeded", progress: 1, documentId: result.documentId, message: `Imported ${result.segmentCount.toLocaleString("en")} segments${notes} from ${data.fileName}.` },
    });
  } catch (error) {
    const message = describeError(error).message;
    await getPrisma().importJob.update({ where: { id: importJobId }, data: { status: "failed", error: message, message: `The import of ${data.fileName} failed; nothing was stored.` } });
  } finally {
    stopBeating();
    await getPrisma().importUploadChunk.deleteMany({ where: { importJobId } });
    if (folder) await rm(folder, { recursive: true, force: true });
  }
}

/** Registers the bilingual import worker on QUEUES.importBilingual (lib/workers.ts calls this at server start). */
export async function registerWorkers(): Promise<void> {
  await registerWorker<BilingualJobData>(QUEUES.importBilingual, runBilingualImportJob);
}
