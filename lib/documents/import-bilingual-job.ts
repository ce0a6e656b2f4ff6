import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
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

/** What pg-boss carries: the ImportJob row to report on and the spooled upload (never the file itself). */
export type BilingualJobData = { importJobId: string; path: string; fileName: string; title: string; provenance: string };

/** Uploads wait here for the worker, which deletes each file when its job ends. */
const UPLOAD_DIR = path.join(tmpdir(), "recto-imports");

/** Longest a bilingual import may run before pg-boss expires it (its row is then marked failed). */
export const BILINGUAL_JOB_EXPIRE_SECONDS = 60 * 60;

/** Streams the request body to a new file under UPLOAD_DIR, stopping at the size limit (the file is removed then). */
async function spoolUpload(request: Request, fileName: string): Promise<string> {
  const { maxBytes, maxMegabytes } = bilingualImportLimits();
  let refusal: AppError | null = null;
  const body = cappedBody(request, maxBytes, (bytes, isDeclared) =>
    (refusal = bilingualTooLarge(fileName, isDeclared ? bytes : null, maxMegabytes)));
  await mkdir(UPLOAD_DIR, { recursive: true });
  const file = path.join(UPLOAD_DIR, `${randomUUID()}${path.extname(fileName).toLowerCase()}`);
  try {
    await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), createWriteStream(file, { flags: "wx" }));
    if ((await stat(file)).size === 0) throw new AppError({ code: "VALIDATION", message: `${fileName} is empty; choose a non-empty .xlf, .tmx, .csv or .tsv file.` });
    return file;
  } catch (error) {
    await rm(file, { force: true });
    if (refusal) throw refusal;
    if (error instanceof AppError) throw error;
    throw new AppError({ code: "VALIDATION", message: `The upload of ${fileName} could not be read (it may have been cut off); try again.` });
  }
}

/**
 * The bilingual import page's upload: the file is the request body, its title and name the query
 * string. The role is checked before the body is read; the body is streamed to disk with a byte
 * cap (RECTO_MAX_BILINGUAL_MB) and queued as a background job, whose ImportJob id is returned.
 */
export async function startBilingualImport(options: { viewer: Viewer; request: Request }): Promise<{ jobId: string }> {
  const { viewer, request } = options;
  assertCan(viewer, "document.import");
  const query = new URL(request.url).searchParams;
  const fields = bilingualUploadSchema.parse({ title: query.get("title") ?? "", fileName: query.get("fileName") ?? "", provenance: query.get("provenance") ?? "" });
  const file = await spoolUpload(request, fields.fileName);
  const prisma = getPrisma();
  const job = await prisma.importJob.create({ data: { title: fields.title, createdById: viewer.userId, message: "Waiting for the background worker…" }, select: { id: true } });
  try {
    const data: BilingualJobData = { importJobId: job.id, path: file, ...fields };
    await enqueue(QUEUES.importBilingual, data, { expireInSeconds: BILINGUAL_JOB_EXPIRE_SECONDS, deadLetter: QUEUES.importFailed });
  } catch (error) {
    await rm(file, { force: true });
    await prisma.importJob.update({ where: { id: job.id }, data: { status: "failed", error: "The job queue refused the import; try again." } });
    throw error;
  }
  return { jobId: job.id };
}

/** The worker's body: read and store the file, keep the ImportJob row saying where it is or why it failed, then delete the upload. */
export async function runBilingualImportJob(data: BilingualJobData): Promise<void> {
  const { importJobId } = data;
  const stopBeating = beatWhileRunning(importJobId);
  try {
    const viewer = await creatorOf(importJobId);
    await report(importJobId, { status: "running", progress: 0.02, message: `Reading ${data.fileName}…` });
    const onProgress = (stored: number, fractionRead: number) =>
      report(importJobId, { progress: 0.02 + 0.93 * fractionRead, message: `Stored ${stored.toLocaleString("en")} segments (${Math.round(fractionRead * 100)}% of the file read)…` });
    const input = { title: data.title, fileName: data.fileName, provenance: data.provenance, path: data.path };
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
    await rm(data.path, { force: true });
  }
}

/** Registers the bilingual import worker on QUEUES.importBilingual (lib/workers.ts calls this at server start). */
export async function registerWorkers(): Promise<void> {
  await registerWorker<BilingualJobData>(QUEUES.importBilingual, runBilingualImportJob);
}
