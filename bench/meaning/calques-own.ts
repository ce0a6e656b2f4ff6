// Recall and clean alarms of the grammar checks on hand-written calque cases (bench/meaning/news/calques-*.json):
//   npx tsx --conditions=react-server bench/meaning/calques-own.ts bench/meaning/news/calques-own.json [-v]
// Each case is French, its right English ("good", must raise nothing) and English with one calque ("bad").
import { readFileSync } from "node:fs";
import { prepareChecks, runSegmentChecks } from "@/lib/qa/run-checks";
const CHECKS = new Set(["grammar", "french-convention"]);
await prepareChecks();
const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
const verbose = process.argv[3] === "-v";
let caught = 0, alarms = 0;
for (const c of cases) {
  const bad = runSegmentChecks({ id: "b", source: c.source, target: c.bad }).filter((f) => CHECKS.has(f.checkId));
  const good = runSegmentChecks({ id: "g", source: c.source, target: c.good }).filter((f) => CHECKS.has(f.checkId));
  if (bad.length) caught++;
  if (good.length) alarms++;
  if (verbose) console.log(`${bad.length ? "CAUGHT" : "MISSED"} ${c.id} ${c.type}: ${c.bad}${bad.map((f) => `\n   - ${f.checkId}: ${f.message}`).join("")}${good.map((f) => `\n   ! clean alarm ${f.checkId}: ${f.message}`).join("")}`);
}
console.log(`${process.argv[2]}: caught ${caught}/${cases.length}, clean alarms ${alarms}/${cases.length}`);
