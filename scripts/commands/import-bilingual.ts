import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { parseOptions, withDatabase, type Command } from "./support";

const options = z.object({
  file: z.string({ error: "--file is required" }).min(1, "--file is empty"),
  title: z.string({ error: "--title is required" }).trim().min(1, "--title is empty"),
  provenance: z.string().default(""),
  user: z.string().optional(),
});

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`file ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : (error as Error).message}`);
  }
}

export const importBilingualCommand: Command = {
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { file: { type: "string" }, title: { type: "string" }, provenance: { type: "string" }, user: { type: "string" } },
    });
    const parsed = parseOptions(options, values);
    const bytes = readBytes(parsed.file);
    await withDatabase(async () => {
      const { importBilingualFile } = await import("@/lib/documents/import-bilingual");
      const { cliViewer } = await import("@/scripts/cli-support");
      const viewer = await cliViewer(parsed.user);
      const input = { title: parsed.title, fileName: path.basename(parsed.file), bytes, provenance: parsed.provenance };
      const result = await importBilingualFile({ viewer, input });
      process.stdout.write(`${result.documentId}\n`);
      console.error(`recto: imported ${result.segmentCount} segments and ${result.issueCount} notes from ${result.format.toUpperCase()}` + (result.skippedUnits ? ` (${result.skippedUnits} empty units skipped)` : ""));
    });
  },
};
