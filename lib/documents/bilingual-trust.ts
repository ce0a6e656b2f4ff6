import { detectLanguage } from "@/lib/documents/detect-language";
import type { BilingualFile, UnitNote } from "@/lib/exchange/types";
import { MQM_CATEGORY_IDS, MQM_SEVERITY_IDS, type MqmCategoryId, type MqmSeverityId } from "@/lib/review/mqm-score";
import { ISSUE_STATUSES, nextSegmentStatus, type IssueStatus, type SegmentStatus } from "@/lib/status/transitions";

// What a bilingual file may and may not claim. A file speaks for its importer only: its note
// authors are names, not accounts (display names are not unique), and its review states were
// given elsewhere, so every segment starts Recto's review workflow from the beginning.

/**
 * Pure: an imported segment's status, whatever state the file gives it ("final", "signed-off",
 * "approved"…). It starts unreviewed, and each open note it brings is an issue flagged on it,
 * through the transitions table: flagged with any open note, so closing that issue is legal.
 */
export function importedSegmentStatus(openIssueCount: number): SegmentStatus {
  let status: SegmentStatus = "unreviewed";
  for (let count = 1; count <= openIssueCount; count++) status = nextSegmentStatus(status, "issue_flagged", { openIssueCount: count, pendingSuggestionCount: 0 });
  return status;
}

const includes = <T extends string>(list: readonly T[], value: string | undefined): value is T => (list as readonly string[]).includes(value ?? "");

/**
 * Pure: the issue an imported note becomes, written by the importer. Recto's own
 * `[MQM category/severity/status]` notes keep their values; any other note is an open, neutral
 * `source_issue`. The file's author name stays in the comment, "(note by …)", and is never
 * matched to a user.
 */
export function importedNoteIssue(note: UnitNote, importerId: string, now = new Date()) {
  const category: MqmCategoryId = includes(MQM_CATEGORY_IDS, note.category) ? note.category : "source_issue";
  const severity: MqmSeverityId = includes(MQM_SEVERITY_IDS, note.severity) ? note.severity : "neutral";
  const status: IssueStatus = includes(ISSUE_STATUSES, note.issueStatus) ? note.issueStatus : "open";
  const comment = note.author ? `${note.text} (note by ${note.author})` : note.text;
  const closed = status === "open" ? {} : { resolvedById: importerId, resolvedAt: now };
  return { category, severity, status, authorId: importerId, comment, ...closed };
}

const primary = (language: string | null) => (language ? language.toLowerCase().split(/[-_]/)[0] : null);

const isConfidently = (text: string, language: "fr" | "en") => {
  const guess = detectLanguage(text);
  return guess.language === language && guess.confidence >= 0.4;
};

/**
 * Pure: why a file's declared languages are not French → English, or null (undeclared counts as
 * fine). Tools write their own defaults (translate-toolkit's po2xliff declares "en-US" as the source
 * of any PO file), so a wrong declaration is forgiven when the units' own text (`sample`) reads
 * clearly as French → English.
 */
export function languagePairProblem(
  file: Pick<BilingualFile, "sourceLanguage" | "targetLanguage">,
  fileName: string,
  sample?: { source: string; target: string },
): string | null {
  const source = primary(file.sourceLanguage);
  const target = primary(file.targetLanguage);
  if ((source === null || source === "fr") && (target === null || target === "en")) return null;
  if (sample && isConfidently(sample.source, "fr") && isConfidently(sample.target, "en")) return null;
  return `${fileName} is ${file.sourceLanguage ?? "?"} → ${file.targetLanguage ?? "?"}; Recto compares French originals with English adaptations, so import a French → English file.`;
}
