import { DecodeTextError } from "@/lib/documents/decode-text";
import { UnitLimitError, type BilingualFormat, type UnitBatch } from "@/lib/exchange/bilingual-stream";
import { CsvReadError } from "@/lib/exchange/csv-reader";
import { XmlReadError } from "@/lib/exchange/xml-reader";

/** bilingual-thread.ts's workerData: the file by path (an upload the job copied to disk) or by its bytes. */
export type BilingualReadRequest = {
  fileName: string; format: BilingualFormat; maxBytes: number; maxUnits: number;
  path?: string; bytes?: Uint8Array;
};

/** Why a file could not be read, as plain data that crosses the thread boundary. */
export type ReadFailure = { code: "VALIDATION" | "TOO_LARGE" | null; message: string; line?: number; column?: number };

/** What bilingual-thread.ts posts: a batch (then it waits for any message back), the end, or why it failed. */
export type BilingualThreadMessage = { batch: UnitBatch } | { done: true } | { failure: ReadFailure };

/** Classifies a reader's error: the file's fault (with a code), or a bug (code null, message logged by the caller). */
export function describeReadFailure(error: unknown): ReadFailure {
  const message = (error as Error)?.message ?? String(error);
  if (error instanceof XmlReadError) return { code: "VALIDATION", message, line: error.line, column: error.column };
  if (error instanceof UnitLimitError) return { code: "TOO_LARGE", message };
  if (error instanceof DecodeTextError) return { code: error.reason === "too-large" ? "TOO_LARGE" : "VALIDATION", message };
  if (error instanceof CsvReadError || /^XLIFF: /.test(message)) return { code: "VALIDATION", message };
  return { code: null, message };
}
