// The QA thread that lib/qa/checks-worker.ts starts once per process and keeps: it holds the
// checkers (the speller, the word aligner's lexicon and Harper's WebAssembly, seconds to build) and
// runs a document's checks a page at a time, keeping between pages only what the document-wide
// parts need (length ratios, glossary term uses), never the texts. It also trains the
// word-alignment model. Requests come one at a time (the main side queues them).
// It runs at the lowest CPU priority: a document's QA run is background work, the server's requests come first.
import { parentPort } from "node:worker_threads";
import { lowerThisThreadPriority } from "@/lib/thread-priority";
import { trainTranslationModel } from "@/lib/word-align/translation-model";
import { DOCUMENT_WIDE_CHECKS, type CheckScope, type ChecksRequest, type ChecksThreadMessage } from "./checks-worker";
import { logRatio, statsFromRatios } from "./gaps/length-ratio";
import { consistencyEntries, findTermUses, inconsistentTermFindings, prepareChecks, primeGrammar, QA_CHECKS, runSegmentChecks, TERM_CONSISTENCY, type TermUse } from "./run-checks";
import type { CheckResult, DocumentStats, GlossaryEntry, QaOptions, SegmentPair } from "./types";

/** Findings per message: the main thread deserialises each in a few milliseconds. */
const FINDINGS_PER_MESSAGE = 2000;
/** Segments whose English goes to the grammar checker in one call. */
const GRAMMAR_BATCH = 8;
const SEGMENT_CHECK_IDS = QA_CHECKS.map((check) => check.id).filter((id) => !DOCUMENT_WIDE_CHECKS.includes(id));

lowerThisThreadPriority();

const post = (message: ChecksThreadMessage) => parentPort!.postMessage(message);

/** The document run under way: what its later pages and its end need from the earlier ones. */
type Run = { scope: CheckScope; options: QaOptions; ratios: number[]; stats: DocumentStats | null; termEntries: GlossaryEntry[]; termUses: TermUse[] };
let run: Run | null = null;

function beginRun(options: QaOptions, scope: CheckScope): Run {
  const disabledChecks = [...(options.disabledChecks ?? []), ...(scope === "all" ? [] : SEGMENT_CHECK_IDS)];
  const termEntries = disabledChecks.includes(TERM_CONSISTENCY.id) ? [] : consistencyEntries(options.glossary ?? []);
  return { scope, options: { ...options, disabledChecks }, ratios: [], stats: null, termEntries, termUses: [] };
}

function measure(current: Run, pairs: SegmentPair[]): void {
  for (const pair of pairs) {
    const ratio = logRatio(pair);
    if (ratio !== null) current.ratios.push(ratio);
  }
}

/** One page's segment checks (grammar primed 8 segments at a time from the page's start) and term uses. */
function checkPage(current: Run, pairs: SegmentPair[]): CheckResult[] {
  const findings: CheckResult[] = [];
  if (current.scope !== "all") {
    measure(current, pairs);
    for (const pair of pairs) current.termUses.push(...findTermUses(pair, current.termEntries));
    return findings;
  }
  // Every page was measured before the first is checked: the statistics are the whole document's.
  current.stats ??= statsFromRatios(current.ratios);
  const segmentOptions = { ...current.options, documentStats: current.stats };
  for (const [index, pair] of pairs.entries()) {
    if (index % GRAMMAR_BATCH === 0) primeGrammar(pairs.slice(index, index + GRAMMAR_BATCH), segmentOptions, GRAMMAR_BATCH);
    findings.push(...runSegmentChecks(pair, segmentOptions));
    current.termUses.push(...findTermUses(pair, current.termEntries));
  }
  return findings;
}

function postFindings(findings: CheckResult[]): void {
  for (let start = 0; start < findings.length; start += FINDINGS_PER_MESSAGE) post({ findings: findings.slice(start, start + FINDINGS_PER_MESSAGE) });
}

function currentRun(): Run {
  if (!run) throw new Error("a document page arrived before its run began");
  return run;
}

async function handle(request: ChecksRequest): Promise<void> {
  if (request.kind === "prepare") {
    await prepareChecks();
  } else if (request.kind === "train") {
    post({ model: trainTranslationModel(request.pairs, { iterations: request.iterations }) });
    return;
  } else if (request.kind === "begin") {
    if (request.scope !== "stats") await prepareChecks();
    run = beginRun(request.options, request.scope);
  } else if (request.kind === "measure") {
    measure(currentRun(), request.pairs);
  } else if (request.kind === "check") {
    postFindings(checkPage(currentRun(), request.pairs));
  } else {
    const ended = currentRun();
    run = null;
    postFindings(inconsistentTermFindings(ended.termEntries, ended.termUses));
    post({ done: true, stats: ended.stats ?? statsFromRatios(ended.ratios) });
    return;
  }
  post({ done: true });
}

let queue = Promise.resolve();
parentPort!.on("message", (request: ChecksRequest) => {
  queue = queue.then(() => handle(request)).catch((error: unknown) => {
    run = null;
    post({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});
