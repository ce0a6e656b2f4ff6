import { SEVERITY_GUIDE } from "@/lib/qa/severity-guide";

export const MQM_CATEGORY_IDS = [
  "terminology",
  "accuracy_mistranslation",
  "accuracy_omission",
  "accuracy_addition",
  "accuracy_untranslated",
  "linguistic_grammar",
  "linguistic_spelling",
  "linguistic_punctuation",
  "style",
  "locale_conventions",
  "audience_appropriateness",
  "design_markup",
  "source_issue",
  "creative_reinterpretation",
] as const;
export type MqmCategoryId = (typeof MQM_CATEGORY_IDS)[number];

export const MQM_SEVERITY_IDS = ["neutral", "minor", "major", "critical"] as const;
export type MqmSeverityId = (typeof MQM_SEVERITY_IDS)[number];

export type MqmCategory = {
  id: MqmCategoryId;
  label: string;
  /** MQM-Core parent dimension, for grouping in the flag dialog. */
  dimension: string;
  /** False for issues that are not translation errors (never penalised). */
  isPenalized: boolean;
};

export const MQM_CATEGORIES: readonly MqmCategory[] = [
  { id: "terminology", label: "Terminology", dimension: "Terminology", isPenalized: true },
  { id: "accuracy_mistranslation", label: "Mistranslation", dimension: "Accuracy", isPenalized: true },
  { id: "accuracy_omission", label: "Omission", dimension: "Accuracy", isPenalized: true },
  { id: "accuracy_addition", label: "Addition", dimension: "Accuracy", isPenalized: true },
  { id: "accuracy_untranslated", label: "Untranslated", dimension: "Accuracy", isPenalized: true },
  { id: "linguistic_grammar", label: "Grammar", dimension: "Linguistic conventions", isPenalized: true },
  { id: "linguistic_spelling", label: "Spelling", dimension: "Linguistic conventions", isPenalized: true },
  { id: "linguistic_punctuation", label: "Punctuation", dimension: "Linguistic conventions", isPenalized: true },
  { id: "style", label: "Style", dimension: "Style", isPenalized: true },
  { id: "locale_conventions", label: "Locale conventions", dimension: "Locale conventions", isPenalized: true },
  { id: "audience_appropriateness", label: "Audience appropriateness", dimension: "Audience appropriateness", isPenalized: true },
  { id: "design_markup", label: "Design and markup", dimension: "Design and markup", isPenalized: true },
  { id: "source_issue", label: "Source issue", dimension: "Source issue", isPenalized: false },
  { id: "creative_reinterpretation", label: "Creative reinterpretation", dimension: "Creative reinterpretation", isPenalized: false },
];

export type MqmSeverity = { id: MqmSeverityId; label: string; weight: number; guidance: string; example: string };

const WEIGHTS: Readonly<Record<MqmSeverityId, number>> = { neutral: 0, minor: 1, major: 5, critical: 25 };

/** Guidance and examples come from the same guide the automatic checks' severities follow. */
export const MQM_SEVERITIES: readonly MqmSeverity[] = SEVERITY_GUIDE.map(({ severity, guidance, example }) => ({
  id: severity,
  label: severity.charAt(0).toUpperCase() + severity.slice(1),
  weight: WEIGHTS[severity],
  guidance,
  example,
}));

export const SEVERITY_WEIGHTS: Readonly<Record<MqmSeverityId, number>> = Object.fromEntries(
  MQM_SEVERITIES.map((severity) => [severity.id, severity.weight]),
) as Record<MqmSeverityId, number>;

const PENALIZED = new Set(MQM_CATEGORIES.filter((category) => category.isPenalized).map((category) => category.id));

/** One issue, or `count` issues alike (a GROUP BY row). */
export type ScoredIssue = { category: MqmCategoryId; severity: MqmSeverityId; status?: "open" | "resolved" | "dismissed"; count?: number };

export type MqmBreakdownCell = { count: number; penalty: number };

export type MqmScore = {
  evaluatedWords: number;
  penaltyTotal: number;
  /** (1 − penaltyTotal / evaluatedWords) × 100; null when nothing was evaluated. Can be negative. */
  score: number | null;
  /** Penalty points per 1,000 evaluated words; null when nothing was evaluated. */
  penaltyPer1000Words: number | null;
  issueCount: number;
  byCategory: Record<MqmCategoryId, MqmBreakdownCell>;
  bySeverity: Record<MqmSeverityId, MqmBreakdownCell>;
  byCategoryAndSeverity: Record<MqmCategoryId, Record<MqmSeverityId, number>>;
};

function emptyCells<K extends string>(ids: readonly K[]): Record<K, MqmBreakdownCell> {
  return Object.fromEntries(ids.map((id) => [id, { count: 0, penalty: 0 }])) as Record<K, MqmBreakdownCell>;
}

function emptyMatrix(): Record<MqmCategoryId, Record<MqmSeverityId, number>> {
  const row = () => Object.fromEntries(MQM_SEVERITY_IDS.map((id) => [id, 0])) as Record<MqmSeverityId, number>;
  return Object.fromEntries(MQM_CATEGORY_IDS.map((id) => [id, row()])) as Record<MqmCategoryId, Record<MqmSeverityId, number>>;
}

/**
 * MQM-Core score. Dismissed issues are not errors and are skipped; resolved ones still count
 * (they were errors in the published text). Source issues and creative reinterpretations are
 * listed in the breakdown with zero penalty.
 */
export function computeMqmScore(issues: Iterable<ScoredIssue>, evaluatedWords: number): MqmScore {
  const byCategory = emptyCells(MQM_CATEGORY_IDS);
  const bySeverity = emptyCells(MQM_SEVERITY_IDS);
  const byCategoryAndSeverity = emptyMatrix();
  let penaltyTotal = 0;
  let issueCount = 0;
  for (const issue of issues) {
    if (issue.status === "dismissed") continue;
    const count = issue.count ?? 1;
    const penalty = (PENALIZED.has(issue.category) ? SEVERITY_WEIGHTS[issue.severity] : 0) * count;
    issueCount += count;
    penaltyTotal += penalty;
    byCategory[issue.category].count += count;
    byCategory[issue.category].penalty += penalty;
    bySeverity[issue.severity].count += count;
    bySeverity[issue.severity].penalty += penalty;
    byCategoryAndSeverity[issue.category][issue.severity] += count;
  }
  const hasWords = evaluatedWords > 0;
  return {
    evaluatedWords,
    penaltyTotal,
    score: hasWords ? (1 - penaltyTotal / evaluatedWords) * 100 : null,
    penaltyPer1000Words: hasWords ? (penaltyTotal / evaluatedWords) * 1000 : null,
    issueCount,
    byCategory,
    bySeverity,
    byCategoryAndSeverity,
  };
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Counts word-like segments (UAX #29 via Intl.Segmenter): “l’armée” and “Israel's” are one word. */
export function countWords(text: string, language: string): number {
  let segmenter = wordSegmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    wordSegmenters.set(language, segmenter);
  }
  let count = 0;
  for (const part of segmenter.segment(text)) if (part.isWordLike) count += 1;
  return count;
}
