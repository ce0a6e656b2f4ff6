// Scores the checks on hand-written case files (bench/meaning/news/gaps-own*.json): each case is a
// French sentence, its faithful English and an English with one error of `kind`. Prints recall by
// kind on the erroneous renderings and the alarms on the faithful ones, which must stay quiet.
//   npx tsx --conditions=react-server bench/meaning/own-cases.ts bench/meaning/news/gaps-own.json [--verbose] [--by-check]
// Also the news5 batch (issue 12): news/dev5.json may be read and tuned on, news/dev5-aside.json only counted.
import { describeOwnScore, readOwnCases, scoreOwnCases } from "./own-score";

const file = process.argv[2];
if (!file) throw new Error("usage: own-cases.ts <cases.json> [--verbose]");
const isVerbose = process.argv.includes("--verbose");
// Held-out and set-aside batches are only ever counted: their cases and findings are never printed.
if (isVerbose && /held|aside/.test(file)) throw new Error(`${file} is only counted: drop --verbose`);
const score = scoreOwnCases(readOwnCases(file));
for (const { one, isCaught, errorFindings, cleanAlarms } of isVerbose ? score.results : []) {
  if (isCaught && cleanAlarms.length === 0) continue;
  console.log(`${one.id} ${one.kind} ${isCaught ? "caught" : "MISSED"}${cleanAlarms.length ? " CLEAN-ALARM" : ""}\n  fr: ${one.source}\n  en: ${one.erroneous}`);
  for (const finding of [...errorFindings, ...cleanAlarms]) console.log(`  ${finding.segmentId.endsWith("clean") ? "clean" : "error"} ${finding.checkId}: ${finding.message}`);
}
console.log(`${file}: ${describeOwnScore(score)}`);
// Totals only, so counted-only batches may show them: which checks raise the faithful renderings' alarms.
if (process.argv.includes("--by-check")) {
  const byCheck = new Map<string, number>();
  for (const { cleanAlarms } of score.results) for (const checkId of new Set(cleanAlarms.map((finding) => finding.checkId))) byCheck.set(checkId, (byCheck.get(checkId) ?? 0) + 1);
  console.log(`  faithful alarms by check: ${[...byCheck].sort((a, b) => b[1] - a[1]).map(([checkId, count]) => `${checkId} ${count}`).join(", ") || "none"}`);
}
