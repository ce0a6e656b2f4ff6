import { readFileSync } from "node:fs";
import { alignTexts } from "./lib/align/align";
import { prepareChecks, runChecks } from "./lib/qa/run-checks";
import { loadCorpus } from "./bench/qa/corpus";
await prepareChecks();
const aligned = alignTexts(readFileSync("prisma/demo/mokhiber-resignation.fr.txt", "utf8"), readFileSync("prisma/demo/mokhiber-resignation.en.txt", "utf8"));
const demo = aligned.segments.map((s: any, i: number) => ({ id: `d${i}`, source: s.source, target: s.target, kind: s.kind }));
const NEW = new Set(["grammar", "french-convention"]);
for (const f of runChecks(demo).filter((f) => NEW.has(f.checkId))) {
  const p = demo.find((d) => d.id === f.segmentId)!;
  console.log(f.checkId, f.severity, JSON.stringify(p.target.slice(f.targetSpan!.start, f.targetSpan!.end)), f.message);
}
const corpus = loadCorpus().pairs;
const flagged = new Map<string, Set<string>>();
for (const f of runChecks(corpus)) if (NEW.has(f.checkId)) { (flagged.get(f.checkId) ?? flagged.set(f.checkId, new Set()).get(f.checkId)!).add(f.segmentId); const p = corpus.find((c) => c.id === f.segmentId)!; console.log("CORPUS", f.checkId, JSON.stringify(p.target.slice(f.targetSpan!.start, f.targetSpan!.end)), f.message.slice(0, 100)); }
for (const [k, v] of flagged) console.log(k, v.size, "/", corpus.length, (100 * v.size / corpus.length).toFixed(2) + "%");
const many = Array.from({ length: 10000 }, (_, i) => ({ ...corpus[i % corpus.length], id: `t-${i}` }));
// Distinct targets, so the grammar cache does not help: the cold figure.
const distinct = many.map((p, i) => ({ ...p, target: i < corpus.length ? p.target : `${p.target} (${i})` }));
function timed(label: string, fn: () => void) { const [w, c] = [performance.now(), process.cpuUsage()]; fn(); const cpu = process.cpuUsage(c); console.log(label, "wall", ((performance.now() - w) / 1000).toFixed(2), "s; cpu", ((cpu.user + cpu.system) / 1e6).toFixed(2), "s"); }
timed("10k without grammar", () => runChecks(many, { disabledChecks: ["grammar"] }));
timed("10k without grammar", () => runChecks(many, { disabledChecks: ["grammar"] }));
timed("10k all checks, 10k distinct targets (cold grammar)", () => runChecks(distinct));
timed("10k all checks, again (cached grammar)", () => runChecks(distinct));
