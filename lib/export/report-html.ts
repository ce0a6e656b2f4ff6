import { bufferChunks } from "@/lib/exchange/chunks";
import { CATEGORY_LABELS, type ReportDocument, type ReportIssue } from "@/lib/export/report";
import type { Source } from "@/lib/exchange/types";
import { MQM_CATEGORIES, MQM_SEVERITIES, type MqmScore } from "@/lib/review/mqm-score";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** All user text goes through this: `<script>` in a comment prints as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

const STYLE = `body{font:11pt/1.4 system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#eee}
tr{break-inside:avoid}.num{text-align:right}@media print{body{margin:0}}`;

const formatNumber = (value: number | null, digits: number) => (value === null ? "—" : value.toFixed(digits));

function summaryHtml(document: ReportDocument, summary: MqmScore): string {
  const severityHeads = MQM_SEVERITIES.map((severity) => `<th scope="col" class="num">${severity.label} (×${severity.weight})</th>`).join("");
  const rows = MQM_CATEGORIES.filter((category) => summary.byCategory[category.id].count > 0).map((category) => {
    const cells = MQM_SEVERITIES.map((severity) => `<td class="num">${summary.byCategoryAndSeverity[category.id][severity.id]}</td>`).join("");
    const penalty = summary.byCategory[category.id].penalty;
    return `<tr><th scope="row">${escapeHtml(CATEGORY_LABELS[category.id])}</th>${cells}<td class="num">${penalty}</td></tr>\n`;
  });
  return (
    `<h1>Review report: ${escapeHtml(document.title)}</h1>\n` +
    `<p>Exported ${escapeHtml(document.exportedAt.toISOString())}</p>\n` +
    "<h2>MQM score</h2>\n<dl>" +
    `<dt>Score</dt><dd>${formatNumber(summary.score, 2)}</dd>` +
    `<dt>Penalty points per 1,000 words</dt><dd>${formatNumber(summary.penaltyPer1000Words, 1)}</dd>` +
    `<dt>Penalty total</dt><dd>${summary.penaltyTotal}</dd>` +
    `<dt>Evaluated source words</dt><dd>${summary.evaluatedWords}</dd>` +
    `<dt>Issues counted</dt><dd>${summary.issueCount}</dd></dl>\n` +
    "<p>Source issues and creative reinterpretations are listed but carry no penalty.</p>\n" +
    `<table><caption>Issues by category and severity</caption><thead><tr><th scope="col">Category</th>${severityHeads}<th scope="col" class="num">Penalty</th></tr></thead>\n<tbody>\n${rows.join("")}</tbody></table>\n`
  );
}

function issueHtml(issue: ReportIssue): string {
  const cells = [
    String(issue.segmentPosition),
    issue.targetSpanText,
    issue.sourceSpanText ?? "",
    CATEGORY_LABELS[issue.category] ?? issue.category,
    issue.severity,
    issue.status,
    issue.authorName,
    issue.comment,
    issue.resolution ?? "",
  ].map((cell, index) => `<td${index === 2 ? ' lang="fr"' : ""}>${escapeHtml(cell)}</td>`);
  return `<tr>${cells.join("")}</tr>\n`;
}

const ISSUE_HEADS = ["Segment", "English span", "French span", "Category", "Severity", "Status", "Author", "Comment", "Resolution"];

async function* htmlPieces(document: ReportDocument, summary: MqmScore, issues: Source<ReportIssue>): AsyncGenerator<string> {
  yield `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Review report: ${escapeHtml(document.title)}</title><style>${STYLE}</style></head>\n<body>\n`;
  yield summaryHtml(document, summary);
  const heads = ISSUE_HEADS.map((head) => `<th scope="col">${head}</th>`).join("");
  yield `<h2>Issues</h2>\n<table><thead><tr>${heads}</tr></thead>\n<tbody>\n`;
  for await (const issue of issues) yield issueHtml(issue);
  yield "</tbody></table>\n</body>\n</html>\n";
}

/** Streams a printable, self-contained HTML review report; every user string is escaped. */
export function writeReportHtml(document: ReportDocument, summary: MqmScore, issues: Source<ReportIssue>): AsyncGenerator<string> {
  return bufferChunks(htmlPieces(document, summary, issues));
}
