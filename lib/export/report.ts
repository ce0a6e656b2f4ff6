import { stringify } from "csv-stringify/sync";
import { bufferChunks } from "@/lib/exchange/chunks";
import type { Source } from "@/lib/exchange/types";
import { MQM_CATEGORIES, MQM_SEVERITIES, type MqmCategoryId, type MqmScore, type MqmSeverityId } from "@/lib/review/mqm-score";
import type { IssueStatus } from "@/lib/status/transitions";

export type ReportIssue = {
  segmentPosition: number;
  targetSpanText: string;
  sourceSpanText: string | null;
  category: MqmCategoryId;
  severity: MqmSeverityId;
  status: IssueStatus;
  authorName: string;
  comment: string;
  resolution: string | null;
  createdAt: Date;
};

export type ReportDocument = { title: string; exportedAt: Date };

export const CATEGORY_LABELS: Record<string, string> = Object.fromEntries(
  MQM_CATEGORIES.map((category) => [category.id, category.dimension === category.label ? category.label : `${category.dimension} / ${category.label}`]),
);

const CSV_HEADER = [
  "segment",
  "target_span",
  "source_span",
  "category",
  "category_label",
  "severity",
  "status",
  "author",
  "comment",
  "resolution",
  "created_at",
];

/** Spreadsheet apps run cells starting with these as formulas; a leading quote keeps them text (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function issueRow(issue: ReportIssue): string[] {
  return [
    String(issue.segmentPosition),
    issue.targetSpanText,
    issue.sourceSpanText ?? "",
    issue.category,
    CATEGORY_LABELS[issue.category] ?? issue.category,
    issue.severity,
    issue.status,
    issue.authorName,
    issue.comment,
    issue.resolution ?? "",
    issue.createdAt.toISOString(),
  ].map(csvCell);
}

async function* csvPieces(issues: Source<ReportIssue>): AsyncGenerator<string> {
  yield "\uFEFF" + stringify([CSV_HEADER]);
  for await (const issue of issues) yield stringify([issueRow(issue)]);
}

/** Streams all issues as CSV (UTF-8 BOM so spreadsheet apps pick the encoding). */
export function writeIssuesCsv(issues: Source<ReportIssue>): AsyncGenerator<string> {
  return bufferChunks(csvPieces(issues));
}

/** The scorecard object shared by the JSON report, the HTML report and the review package. */
export function toScorecard(document: ReportDocument, summary: MqmScore) {
  return {
    document: document.title,
    exportedAt: document.exportedAt.toISOString(),
    evaluatedWords: summary.evaluatedWords,
    score: summary.score,
    penaltyTotal: summary.penaltyTotal,
    penaltyPer1000Words: summary.penaltyPer1000Words,
    issueCount: summary.issueCount,
    severityWeights: Object.fromEntries(MQM_SEVERITIES.map((severity) => [severity.id, severity.weight])),
    byCategory: summary.byCategory,
    bySeverity: summary.bySeverity,
    byCategoryAndSeverity: summary.byCategoryAndSeverity,
  };
}

async function* jsonPieces(document: ReportDocument, summary: MqmScore, issues: Source<ReportIssue>): AsyncGenerator<string> {
  yield `{"summary":${JSON.stringify(toScorecard(document, summary))},"issues":[`;
  let separator = "\n";
  for await (const issue of issues) {
    yield separator + JSON.stringify({ ...issue, createdAt: issue.createdAt.toISOString() });
    separator = ",\n";
  }
  yield "\n]}\n";
}

/** Streams `{ summary, issues }` JSON; the summary comes first so readers see the score at once. */
export function writeIssuesJson(document: ReportDocument, summary: MqmScore, issues: Source<ReportIssue>): AsyncGenerator<string> {
  return bufferChunks(jsonPieces(document, summary, issues));
}
