// Records every finding Recto gives on the meaning corpus, to prove a speed change leaves findings
// identical (order-insensitive):
//   npx tsx --conditions=react-server bench/meaning/findings-snapshot.ts OUT.txt [threaded]
// then `diff` two snapshots. Dev findings are written in full; held-out ones only as hashes, so a
// snapshot never prints held-out text. The 10,000-pair throughput run (the first call, cold) is
// recorded too, as hashes: it is the run whose cost is cut.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { prepareChecks, runChecks } from "@/lib/qa/run-checks";
import { runChecksBesideGrammarThread } from "@/lib/qa/run-checks-threaded";
import type { CheckResult, SegmentPair } from "@/lib/qa/types";
import { loadMeaningCorpus } from "./corpus";
import { buildMeaningTestSet } from "./test-set";

const out = process.argv[2];
if (!out) throw new Error("usage: findings-snapshot.ts OUT.txt");

const line = (finding: CheckResult) => JSON.stringify(finding);
const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 20);

// "threaded": what `recto qa` runs (Harper in a worker thread, never loaded here); else runChecks.
const isThreaded = process.argv[3] === "threaded";
if (!isThreaded) await prepareChecks();
const check = (pairs: SegmentPair[]) => (isThreaded ? runChecksBesideGrammarThread(pairs) : runChecks(pairs));
const testSet = buildMeaningTestSet(loadMeaningCorpus().pairs);
const allPairs = testSet.documents.flatMap((document) => document.pairs);
const many: SegmentPair[] = Array.from({ length: 10_000 }, (_, i) => ({ ...allPairs[i % allPairs.length], id: `t-${i}` }));
const lines = (await check(many)).map((finding) => `throughput ${hash(line(finding))}`);
for (const document of testSet.documents) {
  for (const finding of await check(document.pairs)) lines.push(document.split === "dev" ? `dev ${line(finding)}` : `held-out ${hash(line(finding))}`);
}
lines.sort();
writeFileSync(out, `${lines.join("\n")}\n`);
console.error(`${lines.length} findings written to ${out}`);
