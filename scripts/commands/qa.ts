import { parseArgs } from "node:util";
import { z } from "zod";
import { qaPairsInputSchema } from "@/lib/qa/schema";
import type { CheckResult, Span } from "@/lib/qa/types";
import { parseOptions, readTextFile, withDatabase, type Command } from "./support";

const options = z
  .object({
    input: z.string().optional(),
    document: z.string().optional(),
    format: z.enum(["jsonl", "json"], { error: "--format must be jsonl or json" }).default("jsonl"),
  })
  .refine((values) => (values.input === undefined) !== (values.document === undefined), "give exactly one of --input PAIRS.json or --document ID");

/** JSON Lines (one pair per line), as `--format jsonl` writes findings: the array of its lines' values. */
function parseJsonLines(file: string, text: string): unknown[] {
  return text.split("\n").flatMap((line, index) => {
    if (line.trim() === "") return [];
    try {
      return [JSON.parse(line)];
    } catch (error) {
      throw new Error(`input file ${file} is not valid JSON Lines: line ${index + 1}: ${(error as Error).message}`);
    }
  });
}

/**
 * The pairs file: a JSON array of {"id", "source", "target"}, or, in a .jsonl file, the same
 * objects one per line (JSON Lines); each problem is named by its place in the file.
 */
function readPairs(file: string) {
  const text = readTextFile(file, "input");
  let json: unknown;
  if (file.endsWith(".jsonl")) json = parseJsonLines(file, text);
  else {
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`input file ${file} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const parsed = qaPairsInputSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("") || "(top level)"}: ${issue.message}`);
    throw new Error(`input file ${file} is not an array of {"id", "source", "target"}: ${problems.slice(0, 5).join("; ")}`);
  }
  return parsed.data;
}

const span = (value: Span | null) => (value ? [value.start, value.end] : null);

function toLine(finding: CheckResult) {
  return {
    id: finding.segmentId, check: finding.checkId, category: finding.category, severity: finding.severity, message: finding.message,
    source_span: span(finding.sourceSpan), target_span: span(finding.targetSpan),
  };
}

export const qaCommand: Command = {
  async run(args) {
    const { values } = parseArgs({ args, options: { input: { type: "string" }, document: { type: "string" }, format: { type: "string" } } });
    const parsed = parseOptions(options, values);
    // Harper loads in its thread while this one reads the pairs and loads the other checks.
    const grammarThread = parsed.input !== undefined ? (await import("@/lib/qa/grammar/grammar-worker")).startGrammarThread() : undefined;
    const pairs = parsed.input !== undefined ? readPairs(parsed.input) : null;
    const findings = pairs
      ? await (async () => {
          const { runChecksBesideGrammarThread } = await import("@/lib/qa/run-checks-threaded");
          return runChecksBesideGrammarThread(pairs, {}, undefined, grammarThread);
        })()
      : await withDatabase(async () => {
          const { computeDocumentFindings } = await import("@/lib/findings/queries");
          return computeDocumentFindings({ documentId: parsed.document! });
        });
    const lines = findings.map(toLine);
    if (parsed.format === "json") process.stdout.write(`${JSON.stringify(lines, null, 2)}\n`);
    else if (lines.length > 0) process.stdout.write(`${lines.map((line) => JSON.stringify(line)).join("\n")}\n`);
    console.error(`recto: ${findings.length} finding${findings.length === 1 ? "" : "s"}`);
  },
};
