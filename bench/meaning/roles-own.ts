// Counts the role-reversal catches on a batch of hand-written cases (default roles-own, or e.g. roles-own3):
//   npx tsx --conditions=react-server bench/meaning/roles-own.ts tuning [batch]     (prints each case and its findings)
//   npx tsx --conditions=react-server bench/meaning/roles-own.ts held-out [batch]   (prints the counts only)
// A reversed English must raise "role-reversal"; its correct English must raise nothing of it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { runChecks } from "@/lib/qa/run-checks";

type RoleCase = { id: string; source: string; correct: string; reversed: string };

const split = process.argv[2] === "held-out" ? "held-out" : "tuning";
const batch = process.argv[3] ?? "roles-own";
if (!/^roles-own\d*$/.test(batch)) throw new Error(`Unknown batch "${batch}": expected roles-own, roles-own3, …`);
const file = path.join(import.meta.dirname, "news", split === "held-out" ? `${batch}-held-out.json` : `${batch}.json`);
const { cases } = JSON.parse(readFileSync(file, "utf8")) as { cases: RoleCase[] };
const roleFindings = (source: string, target: string) =>
  runChecks([{ id: "case", source, target }]).filter((finding) => finding.checkId === "role-reversal");
let [caught, alarms] = [0, 0];
for (const roleCase of cases) {
  const onReversed = roleFindings(roleCase.source, roleCase.reversed);
  const onCorrect = roleFindings(roleCase.source, roleCase.correct);
  if (onReversed.length > 0) caught += 1;
  if (onCorrect.length > 0) alarms += 1;
  if (split === "tuning") {
    console.log(`${roleCase.id} ${onReversed.length > 0 ? "CAUGHT" : "missed"}${onCorrect.length > 0 ? " +ALARM on correct" : ""}: ${roleCase.reversed}`);
    for (const finding of [...onReversed, ...onCorrect]) console.log(`    ${finding.message}`);
  }
}
console.log(`${batch} ${split}: caught ${caught}/${cases.length} reversed, alarms on ${alarms}/${cases.length} correct`);
