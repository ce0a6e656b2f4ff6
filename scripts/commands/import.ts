import { parseArgs } from "node:util";
import { z } from "zod";
import { parseOptions, readTextFile, withDatabase, type Command } from "./support";

const options = z.object({
  source: z.string({ error: "--source is required" }),
  target: z.string({ error: "--target is required" }),
  title: z.string({ error: "--title is required" }).trim().min(1, "--title is empty"),
  provenance: z.string().default(""),
  user: z.string().optional(),
  "allow-language-mismatch": z.boolean().default(false),
});

export const importCommand: Command = {
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        source: { type: "string" }, target: { type: "string" }, title: { type: "string" },
        provenance: { type: "string" }, user: { type: "string" }, "allow-language-mismatch": { type: "boolean" },
      },
    });
    const parsed = parseOptions(options, values);
    const sourceText = readTextFile(parsed.source, "source");
    const targetText = readTextFile(parsed.target, "target");
    await withDatabase(async () => {
      const { importDocumentAsCli } = await import("@/scripts/cli-support");
      const result = await importDocumentAsCli({
        userEmail: parsed.user,
        input: { title: parsed.title, sourceText, targetText, provenance: parsed.provenance, allowLanguageMismatch: parsed["allow-language-mismatch"] },
      });
      process.stdout.write(`${result.documentId}\n`);
      console.error(`recto: imported ${result.segmentCount} segments`);
    });
  },
};
