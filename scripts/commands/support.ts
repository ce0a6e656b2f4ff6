import { readFileSync } from "node:fs";
import path from "node:path";
import { safeParse, type $ZodType, type output } from "zod/v4/core";
import { decodeText } from "@/lib/documents/decode-text";
import { UsageError } from "./command";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export { UsageError, type Command } from "./command";

/** Reads a .txt/.md file and decodes it (UTF-8, UTF-16, Windows-1252), with a clear error naming it. */
export function readTextFile(file: string, label: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${label} file ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : (error as Error).message}`);
  }
  return decodeText(bytes, { label: `${label} file ${file}` }).text;
}

/** Takes a zod or zod/mini schema: `align` parses its flags with zod/mini, whose load costs no start-up time. */
export function parseOptions<T extends $ZodType>(schema: T, values: unknown): output<T> {
  const parsed = safeParse(schema, values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join("; "));
  return parsed.data;
}

/**
 * Runs `body` with DATABASE_URL pointing at a migrated database (DATABASE_URL's server, or the
 * embedded one), and closes everything afterwards.
 */
export async function withDatabase<T>(body: () => Promise<T>): Promise<T> {
  const { openDatabase } = await import("@/scripts/start-support");
  const { migrate } = await import("@/lib/db/migrate");
  const { readEnv } = await import("@/lib/env");
  const database = await openDatabase(readEnv(), ROOT);
  process.env.DATABASE_URL = database.url;
  try {
    await migrate(database.url);
    return await body();
  } finally {
    // Import use cases queue QA runs, which starts the job queue's own pool.
    const { stopQueue } = await import("@/lib/jobs/queue");
    await stopQueue();
    const { getPrisma } = await import("@/lib/db/client");
    await getPrisma().$disconnect();
    await database.stop();
  }
}
