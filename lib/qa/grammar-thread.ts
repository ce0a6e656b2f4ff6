// The grammar thread that lib/qa/grammar-worker.ts starts for one run: it loads Harper (a second of
// WebAssembly set-up, off the calling thread), lints the texts it is sent and posts their lints back
// a page at a time, while the calling thread runs the other checks; then, if those still have a
// while to go, it takes pages of them too (decision 028).
import { parentPort } from "node:worker_threads";
import { checkPage, claimedPages, claimPage, pageCount, type CheckPages } from "./check-pages";
import { isBatchable, isGrammarCheckerReady, lintGrammar, lintGrammarBatch, loadGrammarChecker } from "./grammar-checker";
import { GRAMMAR_PAGE, type GrammarRequest, type GrammarThreadMessage } from "./grammar-worker";

/**
 * Helping costs this thread the checks' own start (their modules, the speller and the lexicon:
 * about a second of CPU); it pays when the calling thread has clearly more than that left.
 */
const HELP_WORTH_MS = 2000;

const post = (message: GrammarThreadMessage) => parentPort!.postMessage(message);

// Loading starts with the thread, before the texts come (see startGrammarThread).
const loaded = loadGrammarChecker();

/** The calling thread's time left on `pages` at its pace so far (it began them about when the texts came). */
function timeLeftMs(pages: CheckPages, since: number): number {
  const claimed = claimedPages(pages);
  if (claimed === 0) return Infinity;
  return ((pageCount(pages) - claimed) * (performance.now() - since)) / claimed;
}

async function helpWithChecks(pages: CheckPages, since: number): Promise<void> {
  if (timeLeftMs(pages, since) < HELP_WORTH_MS) return;
  const { runSegmentChecks } = await import("./run-checks");
  for (let page = claimPage(pages); page !== null; page = claimPage(pages)) {
    post({ checkedPage: page, findings: checkPage(pages, page, runSegmentChecks) });
  }
}

parentPort!.once("message", async ({ texts, checks }: GrammarRequest) => {
  const since = performance.now();
  try {
    await loaded;
    if (!isGrammarCheckerReady()) return post({ failure: "harper.js could not be loaded" });
    // Batchable texts first, so pages split them where lintGrammarBatch's own batches end.
    const ordered = [...texts.filter(isBatchable), ...texts.filter((text) => !isBatchable(text))];
    for (let first = 0; first < ordered.length; first += GRAMMAR_PAGE) {
      const page = ordered.slice(first, first + GRAMMAR_PAGE);
      lintGrammarBatch(page);
      post({ lints: page.map((text) => [text, lintGrammar(text)!]) });
    }
    if (checks) await helpWithChecks(checks, since);
    post({ done: true });
  } catch (error) {
    post({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
