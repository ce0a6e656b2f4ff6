// The grammar thread that lib/qa/grammar/grammar-worker.ts starts for one run: it loads Harper (a second of
// WebAssembly set-up, off the calling thread), lints the texts it is sent and posts their lints back
// a page at a time, while the calling thread runs the other checks.
import { parentPort } from "node:worker_threads";
import { isBatchable, isGrammarCheckerReady, lintGrammar, lintGrammarBatch, loadGrammarChecker } from "./grammar-checker";
import { GRAMMAR_PAGE, type GrammarRequest, type GrammarThreadMessage } from "./grammar-worker";

const post = (message: GrammarThreadMessage) => parentPort!.postMessage(message);

// Loading starts with the thread, before the texts come (see startGrammarThread).
const loaded = loadGrammarChecker();

parentPort!.once("message", async ({ texts }: GrammarRequest) => {
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
    post({ done: true });
  } catch (error) {
    post({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
