import { availableParallelism } from "node:os";
import { grammar } from "./checks/grammar";
import { type GrammarLint, isBatchable, loadGrammarChecker, rememberGrammarLints } from "./grammar/grammar-checker";
import { GRAMMAR_PAGE, lintGrammarOffThread, type StartedGrammarThread } from "./grammar/grammar-worker";
import { findInconsistentTerms } from "./checks/term-consistency";
import { checkDistinctPairs } from "./distinct-pairs";
import { computeDocumentStats, grammarTexts, primeGrammar, QA_CHECKS, runChecks, runSegmentChecks, TERM_CONSISTENCY } from "./run-checks";
import type { CheckResult, QaOptions, SegmentPair } from "./types";

/** Texts one grammar thread should have at least to earn its Harper (a second of CPU to load, ~150 MB). */
const TEXTS_PER_THREAD = 2500;
const MAX_GRAMMAR_THREADS = 4;

/** One grammar thread per spare core (this thread runs the other checks), up to MAX_GRAMMAR_THREADS. */
function grammarThreadCount(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, MAX_GRAMMAR_THREADS));
}

/**
 * `texts` in contiguous shards of whole pages, batchable texts first (as each thread orders them),
 * so every text meets the same neighbours in the same Harper call whatever the number of threads.
 */
export function grammarShards(texts: readonly string[], threads: number): string[][] {
  const ordered = [...texts.filter(isBatchable), ...texts.filter((text) => !isBatchable(text))];
  const count = Math.max(1, Math.min(threads, Math.floor(ordered.length / TEXTS_PER_THREAD)));
  const size = Math.ceil(ordered.length / count / GRAMMAR_PAGE) * GRAMMAR_PAGE;
  return Array.from({ length: count }, (_, index) => ordered.slice(index * size, (index + 1) * size)).filter((shard) => shard.length > 0);
}

const CHECK_ORDER = new Map(QA_CHECKS.map((check, index) => [check.id, index]));
const byCheckOrder = (a: CheckResult, b: CheckResult) => CHECK_ORDER.get(a.checkId)! - CHECK_ORDER.get(b.checkId)!;

/**
 * runChecks's findings, in its order, with Harper (the grammar check's linter: about half the CPU
 * of a cold run, and a second to load) in worker threads while this thread runs the other checks:
 * `threads` of them (default: one per spare core, up to four) when there are texts enough.
 * For a one-off run (the `recto qa` command): the thread is started and ended here, and this
 * thread never loads Harper unless the thread fails, in which case the lints are made here instead.
 * `started`, a grammar thread the caller started earlier (so Harper loaded while it read its
 * input), is used as the first thread, or ended.
 */
export async function runChecksBesideGrammarThread(pairs: SegmentPair[], options: QaOptions = {}, threads = grammarThreadCount(), started?: StartedGrammarThread): Promise<CheckResult[]> {
  const disabled = options.disabledChecks ?? [];
  if (disabled.includes(grammar.id)) {
    await started?.worker.terminate();
    return runChecks(pairs, options);
  }
  const documentStats = computeDocumentStats(pairs);
  const grammarOnly = { ...options, documentStats, disabledChecks: QA_CHECKS.map((check) => check.id).filter((id) => id !== grammar.id) };
  const pairsByTarget = new Map<string, number[]>();
  for (const [index, pair] of pairs.entries()) {
    const indexes = pairsByTarget.get(pair.target);
    if (indexes) indexes.push(index);
    else pairsByTarget.set(pair.target, [index]);
  }
  const grammarFindings: CheckResult[][] = pairs.map(() => []);
  // Every pair of a text is checked with the text, so a repeated pair is checked once.
  const checkGrammar = (texts: readonly string[]) => {
    const indexes = texts.flatMap((text) => pairsByTarget.get(text) ?? []);
    const found = checkDistinctPairs(indexes.map((index) => pairs[index]), (pair) => runSegmentChecks(pair, grammarOnly));
    indexes.forEach((index, position) => (grammarFindings[index] = found[position]));
  };
  const texts = [...new Set(grammarTexts(pairs))];
  // Pages of lints arrive once this thread awaits, after the other checks: each is checked on arrival.
  const onLints = (lints: Array<[string, GrammarLint[]]>) => {
    rememberGrammarLints(lints);
    checkGrammar(lints.map(([text]) => text));
  };
  const shards = grammarShards(texts, threads);
  if (shards.length === 0) void started?.worker.terminate();
  const linted = Promise.allSettled(shards.map((shard, index) => lintGrammarOffThread(shard, onLints, index === 0 ? started : undefined)));
  const otherFindings = checkDistinctPairs(pairs, (pair) => runSegmentChecks(pair, { ...options, documentStats, disabledChecks: [...disabled, grammar.id] }));
  const failure = (await linted).find((outcome) => outcome.status === "rejected");
  if (failure) {
    console.error("recto: the grammar check runs on the main thread instead", failure.reason);
    await loadGrammarChecker();
    primeGrammar(pairs, options);
    checkGrammar(texts);
  }
  const findings = otherFindings.flatMap((own, index) => [...own, ...grammarFindings[index]].sort(byCheckOrder));
  if (!disabled.includes(TERM_CONSISTENCY.id)) findings.push(...findInconsistentTerms(pairs, options.glossary ?? []));
  return findings;
}
