import { createWriteStream, rmSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { EXPORT_FORMATS } from "@/lib/export/schema";
import { parseOptions, withDatabase, type Command } from "./support";

const options = z.object({
  document: z.string({ error: "--document is required" }).min(1, "--document is empty"),
  format: z.enum(EXPORT_FORMATS, { error: `--format must be one of ${EXPORT_FORMATS.join(", ")}` }),
  out: z.string({ error: "--out is required (a file, or - for standard output)" }).min(1, "--out is empty"),
  "include-pending": z.boolean().default(false),
  override: z.boolean().default(false),
  user: z.string().optional(),
});

/** The CLI acts as a named user (default: the first active admin), with that user's rights. */
export const exportCommand: Command = {
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        document: { type: "string" }, format: { type: "string" }, out: { type: "string" },
        "include-pending": { type: "boolean" }, override: { type: "boolean" }, user: { type: "string" },
      },
    });
    const parsed = parseOptions(options, values);
    await withDatabase(async () => {
      const { exportDocument } = await import("@/lib/export/mutations");
      const { cliViewer } = await import("@/scripts/cli-support");
      const viewer = await cliViewer(parsed.user);
      const input = { documentId: parsed.document, format: parsed.format, includePending: parsed["include-pending"], override: parsed.override };
      const result = await exportDocument({ viewer, ...input });
      const isStdout = parsed.out === "-";
      try {
        await pipeline(result.stream, isStdout ? process.stdout : createWriteStream(parsed.out));
      } catch (error) {
        if (!isStdout) rmSync(parsed.out, { force: true });
        throw error;
      }
      console.error(`recto: exported ${parsed.format} to ${isStdout ? "standard output" : parsed.out} (suggested name ${result.fileName})`);
    });
  },
};
