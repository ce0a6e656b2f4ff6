import type { ExportFormat } from "@/lib/export/schema";

const SUFFIXES: Record<ExportFormat, string> = {
  txt: "corrected.txt",
  md: "corrected.md",
  docx: "tracked-changes.docx",
  xliff12: "xliff12.xlf",
  xliff20: "xliff20.xlf",
  tmx: "tmx",
  "report-csv": "review-report.csv",
  "report-json": "review-report.json",
  "report-html": "review-report.html",
  package: "review-package.zip",
};

/** ASCII file-name stem of a title: "Craig Mokhiber résigne !" → "craig-mokhiber-resigne". */
export function toFileStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return stem || "document";
}

/** The download name for a document exported in `format`, safe in a Content-Disposition header. */
export function toExportFileName(title: string, format: ExportFormat): string {
  return `${toFileStem(title)}.${SUFFIXES[format]}`;
}
