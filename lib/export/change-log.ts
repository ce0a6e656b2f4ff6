import { stringify } from "csv-stringify/sync";
import { bufferChunks } from "@/lib/exchange/chunks";
import { csvCell } from "@/lib/export/report";
import type { Source } from "@/lib/exchange/types";

/** One approved change to a segment's English, as the newsroom archives it. */
export type ChangeLogEntry = {
  segmentPosition: number;
  kind: "approved" | "approved_with_edits" | "direct_edit";
  before: string;
  after: string;
  suggestedBy: string | null;
  approvedBy: string;
  approvedAt: Date;
  /** The suggestion note or edit reason. */
  reason: string | null;
  /** Issues the change resolved, e.g. "accuracy_mistranslation/major". */
  resolvedIssues: string[];
};

const HEADER = ["segment", "kind", "before", "after", "suggested_by", "approved_by", "approved_at", "reason", "resolved_issues"];

async function* pieces(entries: Source<ChangeLogEntry>): AsyncGenerator<string> {
  yield "\uFEFF" + stringify([HEADER]);
  for await (const entry of entries) {
    const row = [
      String(entry.segmentPosition),
      entry.kind,
      entry.before,
      entry.after,
      entry.suggestedBy ?? "",
      entry.approvedBy,
      entry.approvedAt.toISOString(),
      entry.reason ?? "",
      entry.resolvedIssues.join("; "),
    ];
    yield stringify([row.map(csvCell)]);
  }
}

/** Streams the change log CSV: who changed what, when and why. */
export function writeChangeLogCsv(entries: Source<ChangeLogEntry>): AsyncGenerator<string> {
  return bufferChunks(pieces(entries));
}
