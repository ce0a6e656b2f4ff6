import { z } from "zod";

export const EXPORT_FORMATS = ["txt", "md", "docx", "xliff12", "xliff20", "tmx", "report-csv", "report-json", "report-html", "package"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that carry the corrected English itself; the export gate applies to these. */
export const CORRECTED_TEXT_FORMATS: ReadonlySet<ExportFormat> = new Set(["txt", "md", "docx", "package"]);

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  txt: "Corrected English (plain text)",
  md: "Corrected English (Markdown)",
  docx: "DOCX with tracked changes",
  xliff12: "XLIFF 1.2",
  xliff20: "XLIFF 2.0",
  tmx: "TMX 1.4b (approved pairs)",
  "report-csv": "Review report (CSV)",
  "report-json": "Review report (JSON)",
  "report-html": "Review report (printable HTML)",
  package: "Review package (zip)",
};

const format = z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(", ")}` });

export const exportDocumentSchema = z.object({
  documentId: z.string().min(1, "documentId is required"),
  format,
  /** Also apply pending suggestions (plain text and Markdown only). */
  includePending: z.boolean().default(false),
  /** Export corrected text although major or critical issues are open (audited). */
  override: z.boolean().default(false),
});
export type ExportDocumentInput = z.input<typeof exportDocumentSchema>;

// Query strings and HTML checkboxes say "true", "1" or "on"; anything else is false.
const flag = z
  .enum(["true", "false", "1", "0", "on", "off", ""], { error: "use true or false" })
  .optional()
  .transform((value) => value === "true" || value === "1" || value === "on");

/** `?format=…&includePending=…&override=…` of the export route. */
export const exportQuerySchema = z.object({ format, includePending: flag, override: flag });
