import { parseArgs } from "node:util";
// zod/mini, not zod: loading zod's full build took as long as Node's own start.
import * as z from "zod/mini";
import { alignTexts } from "@/lib/align/align";
import { parseOptions, readTextFile, type Command } from "./support";

const options = z.object({
  source: z.string({ error: "--source is required" }),
  target: z.string({ error: "--target is required" }),
  format: z._default(z.enum(["jsonl", "json"], { error: "--format must be jsonl or json" }), "jsonl"),
});

export const alignCommand: Command = {
  async run(args) {
    const { values } = parseArgs({ args, options: { source: { type: "string" }, target: { type: "string" }, format: { type: "string" } } });
    const parsed = parseOptions(options, values);
    const aligned = alignTexts(readTextFile(parsed.source, "source"), readTextFile(parsed.target, "target"));
    const rows = aligned.segments.map((s) => ({ source: s.source, target: s.target, kind: s.kind, confidence: Number(s.confidence.toFixed(4)) }));
    if (parsed.format === "json") process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
  },
};
