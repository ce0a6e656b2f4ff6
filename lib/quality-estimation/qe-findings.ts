import { QUALITY_ESTIMATION } from "@/lib/qa/run-checks";
import type { CheckResult, MqmCategory, SegmentPair, Severity } from "@/lib/qa/types";
import { type QeError, qeErrorSchema } from "./schema";

export const QE_CHECK_ID = QUALITY_ESTIMATION.id;

const CATEGORY_WORDS: Array<[RegExp, MqmCategory]> = [
  [/omission|omitted|missing/i, "accuracy_omission"],
  [/addition|added/i, "accuracy_addition"],
  [/untranslated/i, "accuracy_untranslated"],
  [/terminolog/i, "terminology"],
  [/grammar/i, "linguistic_grammar"],
  [/spelling/i, "linguistic_spelling"],
  [/punctuation/i, "linguistic_punctuation"],
  [/locale|convention/i, "locale_conventions"],
  [/style|fluency|awkward|register/i, "style"],
];

function toCategory(label: string): MqmCategory {
  return CATEGORY_WORDS.find(([pattern]) => pattern.test(label))?.[1] ?? "accuracy_mistranslation";
}

function toSeverity(label: string): Severity {
  const lower = label.toLowerCase();
  return lower === "critical" || lower === "major" ? lower : "minor";
}

/** The system and user messages asking for MQM error spans on a batch of pairs (ids are the pairs' indices). */
export function buildQeMessages(pairs: SegmentPair[]): Array<{ role: "system" | "user"; content: string }> {
  return [
    {
      role: "system",
      content:
        "You are a translation quality estimator for French→English news translation. For each segment pair, list the translation errors as MQM error spans. " +
        'Answer with JSON only: {"errors":[{"id":"<pair id>","target_span":"<the erroneous English words, copied exactly>","source_span":"<the French words concerned, copied exactly, or empty>",' +
        '"category":"<accuracy/mistranslation | accuracy/omission | accuracy/addition | accuracy/untranslated | fluency/grammar | fluency/spelling | fluency/punctuation | terminology | style | locale convention>",' +
        '"severity":"minor|major|critical","explanation":"<one short sentence for a reviewer>"}]}. An empty list means no errors. Do not report correct text.',
    },
    { role: "user", content: JSON.stringify(pairs.map((pair, index) => ({ id: String(index + 1), source: pair.source, target: pair.target }))) },
  ];
}

function spanOf(text: string, quoted: string): { start: number; end: number } | null {
  const needle = quoted.trim();
  if (needle === "") return null;
  const start = text.indexOf(needle);
  return start < 0 ? null : { start, end: start + needle.length };
}

/**
 * Turns the provider's errors into findings of `llm-qe`, marked as coming from it. A span is kept
 * only if its quoted text is in the segment; an error whose quote is not (an invented or
 * paraphrased span), or whose id names no pair, is dropped and counted.
 */
export function qeErrorsToFindings(errors: unknown[], pairs: SegmentPair[], model: string): { findings: CheckResult[]; dropped: number } {
  const findings: CheckResult[] = [];
  let dropped = 0;
  for (const raw of errors) {
    const parsed = qeErrorSchema.safeParse(raw);
    const pair = parsed.success ? pairs[Number(parsed.data.id) - 1] : undefined;
    const finding = parsed.success && pair ? toFinding(parsed.data, pair, model) : null;
    if (finding) findings.push(finding);
    else dropped += 1;
  }
  return { findings, dropped };
}

function toFinding(error: QeError, pair: SegmentPair, model: string): CheckResult | null {
  const targetSpan = spanOf(pair.target, error.target_span);
  const sourceSpan = spanOf(pair.source, error.source_span);
  // A quote that is not in the text is the model's invention: nothing to show a reviewer.
  if ((error.target_span.trim() !== "" && !targetSpan) || (error.source_span.trim() !== "" && !sourceSpan)) return null;
  if (!targetSpan && !sourceSpan) return null;
  const category = toCategory(error.category);
  const quoted = targetSpan ? pair.target.slice(targetSpan.start, targetSpan.end) : pair.source.slice(sourceSpan!.start, sourceSpan!.end);
  const explanation = error.explanation.trim() || `${error.category || "error"} in “${quoted}”.`;
  return {
    segmentId: pair.id, checkId: QE_CHECK_ID, category, severity: toSeverity(error.severity),
    message: `Quality-estimation model ${model}: ${explanation}`,
    sourceSpan, targetSpan,
    fingerprint: `${QE_CHECK_ID}:${category}|${quoted.toLowerCase().replace(/\s+/g, " ")}`,
  };
}
