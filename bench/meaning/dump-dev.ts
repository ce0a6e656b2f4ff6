// Writes the DEV split's cases, with Recto's findings, for whoever tunes the checks:
//   npx tsx --conditions=react-server bench/meaning/dump-dev.ts [out.jsonl] [news|fresh]
// "fresh": the fresh Wesnoth campaigns (FRESH_CAMPAIGNS) instead of the dev ones.
// "news": the hand-written news pairs (bench/meaning/news/) instead of the Wesnoth campaigns, with the
// clean-only dev2, dev3 and dev4 pairs (news/clean-extra.json, news/clean-dev3.json, news/clean-dev4.json) after the dev ones.
// Held-out pairs are never written: the documents of held-out campaigns or topics are not even checked here.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runChecks } from "@/lib/qa/run-checks";
import { FRESH_CAMPAIGNS, loadMeaningCorpus } from "./corpus";
import { EXPECTED_CHECKS } from "./inject-meaning";
import { loadNewsTestSet } from "./news-set";
import { buildMeaningTestSet, type MeaningTestSet, TWIN_SUFFIX } from "./test-set";

const isNews = process.argv[3] === "news";
const isFresh = process.argv[3] === "fresh";
const out = process.argv[2] ?? path.join(process.env.TMPDIR || tmpdir(), "recto-meaning-bench", isNews ? "news-dev-cases.jsonl" : isFresh ? "fresh-cases.jsonl" : "dev-cases.jsonl");
let testSet: MeaningTestSet;
let cleanOnly: Array<{ split: string; campaign: string; pairs: MeaningTestSet["documents"][number]["pairs"] }> = [];
let originalOf: (id: string) => string;
if (isNews) {
  const news = loadNewsTestSet();
  testSet = news;
  cleanOnly = [
    ...news.dev2.documents.map((document) => ({ split: "dev2", ...document })),
    ...news.dev3.documents.map((document) => ({ split: "dev3", ...document })),
    ...news.dev4.documents.map((document) => ({ split: "dev4", ...document })),
  ];
  originalOf = (id) => testSet.key.get(id)!.before;
} else {
  const corpus = loadMeaningCorpus(isFresh ? FRESH_CAMPAIGNS : undefined);
  testSet = buildMeaningTestSet(corpus.pairs);
  originalOf = (id) => corpus.pairs.find((candidate) => candidate.id === id)!.target;
}
const counted = new Set(Object.values(EXPECTED_CHECKS).flat());
const lines: string[] = [];
const missed = new Map<string, number>();
for (const document of testSet.documents.filter((candidate) => candidate.split === "dev")) {
  const findings = runChecks(document.pairs);
  for (const pair of document.pairs) {
    const own = findings.filter((finding) => finding.segmentId === pair.id).map(({ checkId, message }) => ({ checkId, message }));
    const answer = testSet.key.get(pair.id);
    if (answer) {
      const caught = own.some((finding) => answer.expectedChecks.includes(finding.checkId));
      if (!caught) missed.set(answer.kind, (missed.get(answer.kind) ?? 0) + 1);
      lines.push(JSON.stringify({ id: pair.id, campaign: document.campaign, type: "injected", kind: answer.kind, variant: answer.variant, expectedChecks: answer.expectedChecks, caught, before: answer.before, after: answer.after, source: pair.source, target: pair.target, original: originalOf(pair.id), findings: own }));
    } else if (own.some((finding) => counted.has(finding.checkId))) {
      lines.push(JSON.stringify({ id: pair.id, campaign: document.campaign, type: pair.id.endsWith(TWIN_SUFFIX) ? "clean-twin-alarm" : "clean-alarm", source: pair.source, target: pair.target, findings: own }));
    }
  }
}
for (const document of cleanOnly) {
  const findings = runChecks(document.pairs);
  for (const pair of document.pairs) {
    const own = findings.filter((finding) => finding.segmentId === pair.id).map(({ checkId, message }) => ({ checkId, message }));
    if (own.some((finding) => counted.has(finding.checkId))) lines.push(JSON.stringify({ id: pair.id, campaign: document.campaign, split: document.split, type: "clean-alarm", source: pair.source, target: pair.target, findings: own }));
  }
}
writeFileSync(out, `${lines.join("\n")}\n`);
console.error(`dev cases: ${lines.length} lines in ${out}; missed injections by kind: ${JSON.stringify(Object.fromEntries(missed))}`);
