import { availableParallelism } from "node:os";
import { grammar } from "./checks/grammar";
import { type GrammarLint, isBatchable, loadGrammarChecker, rememberGrammarLints } from "./grammar-checker";
import { GRAMMAR_PAGE, lintGrammarOffThread, type SharedChecks, type StartedGrammarThread } from "./grammar-worker";
import { findInconsistentTerms } from "./checks/term-consistency";
import { CHECK_PAGE, type CheckPages, checkPage, claimPage, newCheckPages } from "./check-pages";
import { checkDistinctPairs, distinctPairs } from "./distinct-pairs";
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

/**
 * The segment checks other than grammar, once per distinct pair, shared out a page at a time
 * (decision 028): `checkOwnPages` checks pages on this thread until none is left unclaimed, while
 * the grammar threads take pages through `shared` once their lints are done. `collect` checks here
 * any page a failed thread claimed but never sent, then gives each pair's findings, in pair order.
 */
function shareOtherChecks(pairs: readonly SegmentPair[], options: CheckPages["options"]) {
  const { distinct, spread } = distinctPairs(pairs);
  const found: CheckResult[][] = [];
  const shared: SharedChecks = {
    pages: newCheckPages(distinct, options),
    onChecked: (page, findings) => findings.forEach((own, index) => (found[page * CHECK_PAGE + index] = own)),
  };
  const checkOwnPages = () => {
    for (let page = claimPage(shared.pages); page !== null; page = claimPage(shared.pages)) shared.onChecked(page, checkPage(shared.pages, page, runSegmentChecks));
  };
  const collect = () => {
    distinct.forEach((pair, index) => (found[index] ??= runSegmentChecks(pair, options)));
    return spread(found);
  };
  return { shared, checkOwnPages, collect };
}

const CHECK_ORDER = new Map(QA_CHECKS.map((check, index) => [check.id, index]));
const byCheckOrder = (a: CheckResult, b: CheckResult) => CHECK_ORDER.get(a.checkId)! - CHECK_ORDER.get(b.checkId)!;

/**
 * runChecks's findings, in its order, with Harper (the grammar check's linter: about half the CPU
 * of a cold run, and a second to load) in worker threads while this thread runs the other checks:
 * `threads` of them (default: one per spare core, up to four) when there are texts enough. A
 * thread done with its lints takes pages of the other checks too, if they have a while to go.
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
    const checked = checkDistinctPairs(indexes.map((index) => pairs[index]), (pair) => runSegmentChecks(pair, grammarOnly));
    indexes.forEach((index, position) => (grammarFindings[index] = checked[position]));
  };
  const texts = [...new Set(grammarTexts(pairs))];
  const lintedTexts = new Set<string>();
  // Pages of lints arrive once this thread awaits, after the other checks: each is checked on arrival.
  const onLints = (lints: Array<[string, GrammarLint[]]>) => {
    rememberGrammarLints(lints);
    for (const [text] of lints) lintedTexts.add(text);
    checkGrammar(lints.map(([text]) => text));
  };
  const others = shareOtherChecks(pairs, { ...options, documentStats, disabledChecks: [...disabled, grammar.id] });
  const shards = grammarShards(texts, threads);
  if (shards.length === 0) void started?.worker.terminate();
  const linted = Promise.allSettled(shards.map((shard, index) => lintGrammarOffThread(shard, onLints, index === 0 ? started : undefined, others.shared)));
  others.checkOwnPages();
  const failure = (await linted).find((outcome) => outcome.status === "rejected");
  if (failure) console.error("recto: a grammar thread failed; its part is done on the main thread instead", failure.reason);
  if (lintedTexts.size < texts.length) {
    await loadGrammarChecker();
    primeGrammar(pairs, options);
    checkGrammar(texts);
  }
  const findings = others.collect().flatMap((own, index) => [...own, ...grammarFindings[index]].sort(byCheckOrder));
  if (!disabled.includes(TERM_CONSISTENCY.id)) findings.push(...findInconsistentTerms(pairs, options.glossary ?? []));
  return findings;
}
