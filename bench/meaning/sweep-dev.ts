// Every edit of one kind on every DEV pair (not just the bench's 16 per variant), for a larger dev sample:
//   npx tsx --conditions=react-server bench/meaning/sweep-dev.ts negation|role-reversal [out.jsonl]
// Held-out pairs are never read.
import { writeFileSync } from "node:fs";
import { runSegmentChecks } from "@/lib/qa/run-checks";
import { applyEdit, type MeaningKind } from "./edit";
import { loadMeaningCorpus } from "./corpus";
import { EXPECTED_CHECKS, findEdits } from "./inject-meaning";
import { collectNames } from "./inject-polarity";

const kind = (process.argv[2] ?? "negation") as MeaningKind;
const out = process.argv[3];
const pairs = loadMeaningCorpus().pairs.filter((pair) => pair.split === "dev");
const context = { names: collectNames(pairs) };
const expected = new Set(EXPECTED_CHECKS[kind]);
const caught = new Map<string, [number, number]>();
const lines: string[] = [];
let alarms = 0;
const started = performance.now();
for (const pair of pairs) {
  const clean = runSegmentChecks(pair).filter((finding) => expected.has(finding.checkId));
  if (clean.length > 0) {
    alarms += 1;
    lines.push(JSON.stringify({ type: "clean-alarm", id: pair.id, source: pair.source, target: pair.target, findings: clean.map((finding) => finding.message) }));
  }
  if (clean.length > 0) continue;
  const seen = new Set<string>();
  for (const edit of findEdits(kind, pair, context)) {
    const target = applyEdit(pair.target, edit);
    if (target === pair.target || seen.has(target)) continue;
    seen.add(target);
    const found = runSegmentChecks({ ...pair, target }).filter((finding) => expected.has(finding.checkId));
    const counts = caught.get(edit.variant) ?? [0, 0];
    counts[1] += 1;
    if (found.length > 0) counts[0] += 1;
    caught.set(edit.variant, counts);
    lines.push(JSON.stringify({ type: "injected", variant: edit.variant, caught: found.length > 0, id: pair.id, before: pair.target.slice(edit.start, edit.end), after: edit.replacement, source: pair.source, target, findings: found.map((finding) => finding.message) }));
  }
}
if (out) writeFileSync(out, `${lines.join("\n")}\n`);
for (const [variant, [hit, total]] of [...caught].sort()) console.log(`${variant}: ${hit}/${total} = ${(hit / total).toFixed(3)}`);
console.log(`clean pairs with an alarm: ${alarms}/${pairs.length}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
