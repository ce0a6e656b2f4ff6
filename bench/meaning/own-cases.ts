// Scores the checks on hand-written case files (bench/meaning/news/gaps-own*.json): each case is a
// French sentence, its faithful English and an English with one error of `kind`. Prints recall by
// kind on the erroneous renderings and the alarms on the faithful ones, which must stay quiet.
//   npx tsx --conditions=react-server bench/meaning/own-cases.ts bench/meaning/news/gaps-own.json [--verbose]
// Also the news5 batch (issue 12): news/dev5.json may be read and tuned on, news/dev5-aside.json only counted.
import { readFileSync } from "node:fs";
import { runChecks } from "@/lib/qa/run-checks";
import { EXPECTED_CHECKS, type MeaningKind } from "./inject-meaning";

type OwnCase = { id: string; kind: MeaningKind; domain: string; source: string; faithful: string; erroneous: string };

const file = process.argv[2];
if (!file) throw new Error("usage: own-cases.ts <cases.json> [--verbose]");
const isVerbose = process.argv.includes("--verbose");
// Held-out and set-aside batches are only ever counted: their cases and findings are never printed.
if (isVerbose && /held|aside/.test(file)) throw new Error(`${file} is only counted: drop --verbose`);
const cases = JSON.parse(readFileSync(file, "utf8")) as OwnCase[];
const pairs = cases.flatMap((one) => [
  { id: `${one.id}:clean`, source: one.source, target: one.faithful },
  { id: `${one.id}:error`, source: one.source, target: one.erroneous },
]);
// One document, as a translator's file would be: the length checks read the document's own ratio.
const findings = runChecks(pairs);
const counted = new Set(Object.values(EXPECTED_CHECKS).flat());
const recall = new Map<string, { caught: number; total: number }>();
let alarms = 0;
for (const one of cases) {
  const of = (suffix: string) => findings.filter((finding) => finding.segmentId === `${one.id}:${suffix}`);
  const isCaught = of("error").some((finding) => EXPECTED_CHECKS[one.kind].includes(finding.checkId));
  const cleanAlarms = of("clean").filter((finding) => counted.has(finding.checkId));
  const score = recall.get(one.kind) ?? { caught: 0, total: 0 };
  recall.set(one.kind, { caught: score.caught + (isCaught ? 1 : 0), total: score.total + 1 });
  alarms += cleanAlarms.length > 0 ? 1 : 0;
  if (isVerbose && (!isCaught || cleanAlarms.length > 0)) {
    console.log(`${one.id} ${one.kind} ${isCaught ? "caught" : "MISSED"}${cleanAlarms.length ? " CLEAN-ALARM" : ""}\n  fr: ${one.source}\n  en: ${one.erroneous}`);
    for (const finding of [...of("error"), ...cleanAlarms]) console.log(`  ${finding.segmentId.endsWith("clean") ? "clean" : "error"} ${finding.checkId}: ${finding.message}`);
  }
}
const total = [...recall.values()].reduce((sum, score) => ({ caught: sum.caught + score.caught, total: sum.total + score.total }), { caught: 0, total: 0 });
console.log(`${file}: recall ${total.caught}/${total.total} ${JSON.stringify(Object.fromEntries([...recall].map(([kind, score]) => [kind, `${score.caught}/${score.total}`])))}; faithful with an alarm: ${alarms}/${cases.length}`);
