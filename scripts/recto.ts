// Recto's command line: `npm run --silent recto -- <command> [options]`.
//   align  --source FR.txt --target EN.txt [--format jsonl|json]   aligned beads, one JSON object per line
//   import --source FR.txt --target EN.txt --title T [--provenance P] [--user EMAIL] [--allow-language-mismatch]
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { alignTexts } from "@/lib/align/align";
import { decodeText } from "@/lib/documents/decode-text";
import { readEnv } from "@/lib/env";

const ROOT = path.resolve(import.meta.dirname, "..");

class UsageError extends Error {}

const USAGE = `usage: recto align  --source FR.txt --target EN.txt [--format jsonl|json]
       recto import --source FR.txt --target EN.txt --title TITLE [--provenance TEXT] [--user EMAIL] [--allow-language-mismatch]`;

function readTextFile(file: string, label: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${label} file ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : (error as Error).message}`);
  }
  return decodeText(bytes, { label: `${label} file ${file}` }).text;
}

const alignOptions = z.object({
  source: z.string({ error: "--source is required" }),
  target: z.string({ error: "--target is required" }),
  format: z.enum(["jsonl", "json"], { error: "--format must be jsonl or json" }).default("jsonl"),
});

function align(args: string[]): void {
  const { values } = parseArgs({ args, options: { source: { type: "string" }, target: { type: "string" }, format: { type: "string" } } });
  const options = parseOptions(alignOptions, values);
  const aligned = alignTexts(readTextFile(options.source, "source"), readTextFile(options.target, "target"));
  const rows = aligned.segments.map((s) => ({ source: s.source, target: s.target, kind: s.kind, confidence: Number(s.confidence.toFixed(4)) }));
  if (options.format === "json") process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
}

const importOptions = z.object({
  source: z.string({ error: "--source is required" }),
  target: z.string({ error: "--target is required" }),
  title: z.string({ error: "--title is required" }).trim().min(1, "--title is empty"),
  provenance: z.string().default(""),
  user: z.string().optional(),
  "allow-language-mismatch": z.boolean().default(false),
});

async function importCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      source: { type: "string" }, target: { type: "string" }, title: { type: "string" },
      provenance: { type: "string" }, user: { type: "string" }, "allow-language-mismatch": { type: "boolean" },
    },
  });
  const options = parseOptions(importOptions, values);
  const sourceText = readTextFile(options.source, "source");
  const targetText = readTextFile(options.target, "target");
  const { openDatabase } = await import("@/scripts/start-support");
  const { migrate } = await import("@/lib/db/migrate");
  const database = await openDatabase(readEnv(), ROOT);
  process.env.DATABASE_URL = database.url;
  try {
    await migrate(database.url);
    const { importDocumentAsCli } = await import("@/scripts/cli-support");
    const result = await importDocumentAsCli({
      userEmail: options.user,
      input: { title: options.title, sourceText, targetText, provenance: options.provenance, allowLanguageMismatch: options["allow-language-mismatch"] },
    });
    process.stdout.write(`${result.documentId}\n`);
    console.error(`recto: imported ${result.segmentCount} segments`);
  } finally {
    const { getPrisma } = await import("@/lib/db/client");
    await getPrisma().$disconnect();
    await database.stop();
  }
}

function parseOptions<T extends z.ZodType>(schema: T, values: unknown): z.infer<T> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join("; "));
  return parsed.data;
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === "align") return align(args);
  if (command === "import") return importCommand(args);
  throw new UsageError(command ? `unknown command "${command}"` : "no command given");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`recto: ${message}`);
    if (error instanceof UsageError || (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") console.error(USAGE);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
