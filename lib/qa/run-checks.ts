import { addition } from "./checks/addition";
import { bracketMismatch } from "./checks/bracket-mismatch";
import { dateMismatch } from "./checks/date-mismatch";
import { frenchConvention } from "./checks/french-convention";
import { grammar } from "./checks/grammar";
import { contentAddition } from "./checks/content-addition";
import { contentOmission } from "./checks/content-omission";
import { entityMismatch } from "./checks/entity-mismatch";
import { negationMismatch } from "./checks/negation-mismatch";
import { nameMismatch } from "./checks/name-mismatch";
import { numberMismatch } from "./checks/number-mismatch";
import { omission } from "./checks/omission";
import { punctuation } from "./checks/punctuation";
import { quoteMismatch } from "./checks/quote-mismatch";
import { repeatedWord } from "./checks/repeated-word";
import { roleReversal } from "./checks/role-reversal";
import { spelling } from "./checks/spelling";
import { findInconsistentTerms, TERM_CONSISTENCY } from "./checks/term-consistency";
import { terminology } from "./checks/terminology";
import { untranslated } from "./checks/untranslated";
import { lintGrammarBatch, loadGrammarChecker } from "./grammar/grammar-checker";
import { computeDocumentStats } from "./gaps/length-ratio";
import { checkDistinctPairs } from "./distinct-pairs";
import { getSpeller } from "./speller";
import { alignWords } from "@/lib/word-align/align-words";
import { getLexicon } from "@/lib/word-align/lexicon";
import type { WordAlignment } from "@/lib/word-align/types";
import type { CheckContext, CheckMeta, DocumentStats, CheckResult, QaOptions, SegmentCheck, SegmentPair } from "./types";

export { STARTER_ROLE_REVERSAL_RULES } from "./roles/role-reversal-rules";
export { consistencyEntries, findTermUses, inconsistentTermFindings, TERM_CONSISTENCY, type TermUse } from "./checks/term-consistency";
export { computeDocumentStats } from "./gaps/length-ratio";

const SEGMENT_CHECKS: ReadonlyArray<SegmentCheck> = [
  numberMismatch, dateMismatch, nameMismatch, quoteMismatch, bracketMismatch, punctuation, untranslated,
  omission, addition, repeatedWord, spelling, terminology, roleReversal, negationMismatch, entityMismatch,
  contentOmission, contentAddition, grammar, frenchConvention,
];

const ONE_SIDED_CHECKS = new Set([omission.id, addition.id]);

/**
 * Findings of the optional external quality-estimation model (lib/quality-estimation), run by the
 * background document job only when RECTO_QE_URL is set; listed here so the workspace shows them
 * and a document can turn them off.
 */
export const QUALITY_ESTIMATION: CheckMeta = { id: "llm-qe", category: "accuracy_mistranslation", severity: "major", title: "Quality-estimation model (optional, external)" };

/** Every check, with its stable id: ids are stored with findings and dismissals and are never renamed. */
export const QA_CHECKS: ReadonlyArray<CheckMeta> = [...SEGMENT_CHECKS, TERM_CONSISTENCY, QUALITY_ESTIMATION].map(({ id, category, severity, title }) => ({ id, category, severity, title }));

/**
 * Checks one segment pair. Without `documentStats` the length-ratio checks use French→English
 * defaults; pass the document's (`computeDocumentStats`) to match a full run. Term consistency
 * needs the whole document and only runs in `runChecks`.
 */
export function runSegmentChecks(pair: SegmentPair, options: QaOptions & { documentStats?: DocumentStats } = {}): CheckResult[] {
  const disabled = new Set(options.disabledChecks ?? []);
  let alignment: WordAlignment | null = null;
  const context: CheckContext = {
    glossary: options.glossary ?? [], documentStats: options.documentStats ?? null, includeStarterRules: options.includeStarterRules ?? true,
    alignment: () => (alignment ??= alignWords(pair.source, pair.target, { model: options.translationModel })),
  };
  const findings: CheckResult[] = [];
  // A side with no text (a 1-0 or 0-1 bead) has nothing to compare: only omission/addition speak.
  const isOneSided = pair.source.trim() === "" || pair.target.trim() === "" || /^0-|-0$/.test(pair.kind ?? "");
  for (const check of SEGMENT_CHECKS) {
    if (disabled.has(check.id) || (isOneSided && !ONE_SIDED_CHECKS.has(check.id))) continue;
    for (const hit of check.run(pair, context)) {
      findings.push({
        segmentId: pair.id,
        checkId: check.id,
        category: hit.category ?? check.category,
        severity: hit.severity ?? check.severity,
        message: hit.message,
        sourceSpan: hit.sourceSpan,
        targetSpan: hit.targetSpan,
        fingerprint: `${check.id}:${hit.key}`,
        ...(hit.evidence ? { evidence: hit.evidence } : {}),
      });
    }
  }
  return findings;
}

/**
 * Checks a whole document: per-segment checks (once per distinct pair: checkDistinctPairs)
 * against the document's own length statistics, then term consistency.
 */
export function runChecks(pairs: SegmentPair[], options: QaOptions = {}): CheckResult[] {
  const documentStats = computeDocumentStats(pairs);
  primeGrammar(pairs, options);
  const findings = checkDistinctPairs(pairs, (pair) => runSegmentChecks(pair, { ...options, documentStats })).flat();
  if (!(options.disabledChecks ?? []).includes(TERM_CONSISTENCY.id)) {
    findings.push(...findInconsistentTerms(pairs, options.glossary ?? []));
  }
  return findings;
}

/**
 * Lints the English of `pairs` for the grammar check several texts to one call of Harper
 * (`lintGrammarBatch`, about 3.5 times cheaper than one call per text); `runSegmentChecks` then
 * reads the results from its cache. `batchSize` bounds how long one call blocks.
 */
export function primeGrammar(pairs: readonly SegmentPair[], options: Pick<QaOptions, "disabledChecks"> = {}, batchSize?: number): void {
  if ((options.disabledChecks ?? []).includes(grammar.id)) return;
  lintGrammarBatch(grammarTexts(pairs), batchSize);
}

/** The English texts the grammar check reads, in document order: those of pairs with text on both sides. */
export function grammarTexts(pairs: readonly SegmentPair[]): string[] {
  return pairs.filter((pair) => pair.source.trim() !== "" && pair.target.trim() !== "").map((pair) => pair.target);
}

/**
 * Builds what the checks build on first use (the English speller, a few hundred milliseconds of
 * synchronous work), the word aligner's lexicon (with FreeDict when installed: a second or two) and
 * loads the grammar checker (WebAssembly, 1–3 s, once per process). Await it
 * before running checks: until it resolves the `grammar` check reports nothing. Never rejects.
 */
export async function prepareChecks(): Promise<void> {
  getSpeller();
  getLexicon();
  await loadGrammarChecker();
}
