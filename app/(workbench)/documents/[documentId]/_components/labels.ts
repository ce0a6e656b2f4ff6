import { MQM_CATEGORIES, MQM_SEVERITIES, type MqmCategoryId, type MqmSeverityId } from "@/lib/review/mqm-score";

const CATEGORY_LABELS = new Map(
  MQM_CATEGORIES.map((category) => [category.id, category.dimension === category.label ? category.label : `${category.dimension}: ${category.label}`]),
);
const SEVERITY_LABELS = new Map(MQM_SEVERITIES.map((severity) => [severity.id, severity.label]));
const SEVERITY_RANK = new Map(MQM_SEVERITIES.map((severity, rank) => [severity.id, rank]));

/** "Accuracy: Mistranslation", "Style", "Source issue". */
export function categoryLabel(id: MqmCategoryId | string): string {
  return CATEGORY_LABELS.get(id as MqmCategoryId) ?? id;
}

export function severityLabel(id: MqmSeverityId | string): string {
  return SEVERITY_LABELS.get(id as MqmSeverityId) ?? id;
}

export function worstSeverity(ids: MqmSeverityId[]): MqmSeverityId {
  return ids.reduce((worst, id) => ((SEVERITY_RANK.get(id) ?? 0) > (SEVERITY_RANK.get(worst) ?? 0) ? id : worst), "neutral" as MqmSeverityId);
}

export const STATUS_LABELS: Record<string, string> = {
  unreviewed: "Unreviewed",
  flagged: "Flagged",
  // A suggestion waits for review; the English is unchanged until it is approved.
  corrected: "Suggestion pending",
  approved: "Approved",
  reviewed: "Reviewed",
  has_suggestion: "Has suggestion",
};

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
