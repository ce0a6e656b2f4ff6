// The QA thread that lib/qa/checks-worker.ts starts once per process and keeps: it holds the
// checkers (the speller, the word aligner's lexicon and Harper's WebAssembly, seconds to build), takes
// a document's pairs a page at a time, then runs the checks and posts the findings in batches. It
// also trains the word-alignment model. Requests come one at a time (the main side queues them).
// It runs at the lowest CPU priority: a document's QA run is background work, the server's requests come first.
import { parentPort } from "node:worker_threads";
import { lowerThisThreadPriority } from "@/lib/thread-priority";
import { trainTranslationModel } from "@/lib/word-align/translation-model";
import { DOCUMENT_WIDE_CHECKS, type ChecksRequest, type ChecksThreadMessage } from "./checks-worker";
import {
  computeDocumentStats, consistencyEntries, findTermUses, inconsistentTermFindings, prepareChecks, primeGrammar, QA_CHECKS, runSegmentChecks, TERM_CONSISTENCY, type TermUse,
} from "./run-checks";
import type { DocumentStats, CheckResult, QaOptions, SegmentPair } from "./types";

/** Findings per message: the main thread deserialises each in a few milliseconds. */
const FINDINGS_PER_MESSAGE = 2000;
/** Segments whose English goes to the grammar checker in one call. */
const GRAMMAR_BATCH = 8;
const SEGMENT_CHECK_IDS = QA_CHECKS.map((check) => check.id).filter((id) => !DOCUMENT_WIDE_CHECKS.includes(id));

lowerThisThreadPriority();

const post = (message: ChecksThreadMessage) => parentPort!.postMessage(message);
let pairs: SegmentPair[] = [];

function checkDocument(options: QaOptions, documentWideOnly: boolean, stats: DocumentStats): CheckResult[] {
  const disabledChecks = [...(options.disabledChecks ?? []), ...(documentWideOnly ? SEGMENT_CHECK_IDS : [])];
  const termEntries = disabledChecks.includes(TERM_CONSISTENCY.id) ? [] : consistencyEntries(options.glossary ?? []);
  const segmentOptions = { ...options, disabledChecks, documentStats: stats };
  const findings: CheckResult[] = [];
  const termUses: TermUse[] = [];
  for (const [index, pair] of pairs.entries()) {
    if (!documentWideOnly && index % GRAMMAR_BATCH === 0) primeGrammar(pairs.slice(index, index + GRAMMAR_BATCH), segmentOptions, GRAMMAR_BATCH);
    if (!documentWideOnly) findings.push(...runSegmentChecks(pair, segmentOptions));
    termUses.push(...findTermUses(pair, termEntries));
  }
  findings.push(...inconsistentTermFindings(termEntries, termUses));
  return findings;
}

async function handle(request: ChecksRequest): Promise<void> {
  if (request.kind === "pairs") {
    pairs.push(...request.pairs);
    return;
  }
  if (request.kind === "prepare") {
    await prepareChecks();
    return;
  }
  if (request.kind === "train") {
    post({ model: trainTranslationModel(request.pairs, { iterations: request.iterations }) });
    return;
  }
  try {
    if (request.scope !== "stats") await prepareChecks();
    const stats = computeDocumentStats(pairs);
    const findings = request.scope === "stats" ? [] : checkDocument(request.options, request.scope === "document-wide", stats);
    for (let start = 0; start < findings.length; start += FINDINGS_PER_MESSAGE) post({ findings: findings.slice(start, start + FINDINGS_PER_MESSAGE) });
    post({ stats });
  } finally {
    pairs = [];
  }
}

let queue = Promise.resolve();
parentPort!.on("message", (request: ChecksRequest) => {
  queue = queue.then(() => handle(request)).catch((error: unknown) => {
    pairs = [];
    post({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});
