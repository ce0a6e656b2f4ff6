import { grammar } from "./checks/grammar";
import { loadGrammarChecker, rememberGrammarLints } from "./grammar-checker";
import { lintGrammarOffThread } from "./grammar-worker";
import { findInconsistentTerms } from "./checks/term-consistency";
import { computeDocumentStats, grammarTexts, primeGrammar, QA_CHECKS, runChecks, runSegmentChecks, TERM_CONSISTENCY } from "./run-checks";
import type { CheckResult, QaOptions, SegmentPair } from "./types";

const CHECK_ORDER = new Map(QA_CHECKS.map((check, index) => [check.id, index]));
const byCheckOrder = (a: CheckResult, b: CheckResult) => CHECK_ORDER.get(a.checkId)! - CHECK_ORDER.get(b.checkId)!;

/**
 * runChecks's findings, in its order, with Harper (the grammar check's linter: about half the CPU
 * of a cold run, and a second to load) in a worker thread while this thread runs the other checks.
 * For a one-off run (the `recto qa` command): the thread is started and ended here, and this
 * thread never loads Harper unless the thread fails, in which case the lints are made here instead.
 */
export async function runChecksBesideGrammarThread(pairs: SegmentPair[], options: QaOptions = {}): Promise<CheckResult[]> {
  const disabled = options.disabledChecks ?? [];
  if (disabled.includes(grammar.id)) return runChecks(pairs, options);
  const documentStats = computeDocumentStats(pairs);
  const grammarOnly = { ...options, documentStats, disabledChecks: QA_CHECKS.map((check) => check.id).filter((id) => id !== grammar.id) };
  const pairsByTarget = new Map<string, number[]>();
  pairs.forEach((pair, index) => pairsByTarget.set(pair.target, [...(pairsByTarget.get(pair.target) ?? []), index]));
  const grammarFindings: CheckResult[][] = pairs.map(() => []);
  const checkGrammar = (texts: readonly string[]) => {
    for (const text of texts) for (const index of pairsByTarget.get(text) ?? []) grammarFindings[index] = runSegmentChecks(pairs[index], grammarOnly);
  };
  const texts = [...new Set(grammarTexts(pairs))];
  // Pages of lints arrive once this thread awaits, after the other checks: each is checked on arrival.
  const linted = lintGrammarOffThread(texts, (lints) => {
    rememberGrammarLints(lints);
    checkGrammar(lints.map(([text]) => text));
  });
  const otherFindings = pairs.map((pair) => runSegmentChecks(pair, { ...options, documentStats, disabledChecks: [...disabled, grammar.id] }));
  try {
    await linted;
  } catch (error) {
    console.error("recto: grammar check moved to the main thread", error);
    await loadGrammarChecker();
    primeGrammar(pairs, options);
    checkGrammar(texts);
  }
  const findings = otherFindings.flatMap((own, index) => [...own, ...grammarFindings[index]].sort(byCheckOrder));
  if (!disabled.includes(TERM_CONSISTENCY.id)) findings.push(...findInconsistentTerms(pairs, options.glossary ?? []));
  return findings;
}
