// The QA bench's throughput figure alone, for A/B comparisons while tuning the checks:
//   npx tsx --conditions=react-server bench/qa/throughput.ts [rounds] [--profile out.cpuprofile]
// Prints the warm wall and CPU time of `runChecks` over 10,000 of the bench's pairs, once per round.
// With --profile, writes a V8 CPU profile of the warm rounds only (open it in Chrome's DevTools).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { loadGrammarChecker } from "@/lib/qa/grammar/grammar-checker";
import { runChecks } from "@/lib/qa/run-checks";
import { loadCorpus } from "./corpus";
import { BENCH_GLOSSARY } from "./glossary";
import { buildTestSet } from "./test-set";

const profileAt = process.argv.indexOf("--profile");
const profilePath = profileAt > 0 ? process.argv[profileAt + 1] : undefined;
const rounds = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 3);
await loadGrammarChecker();
const { pairs } = buildTestSet(loadCorpus().pairs);
const many = Array.from({ length: 10_000 }, (_, i) => ({ ...pairs[i % pairs.length], id: `t-${i}` }));
runChecks(many, { glossary: BENCH_GLOSSARY });
const session = profilePath ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
for (let round = 0; round < rounds; round++) {
  const [wallStart, cpuStart] = [performance.now(), process.cpuUsage()];
  runChecks(many, { glossary: BENCH_GLOSSARY });
  const cpu = process.cpuUsage(cpuStart);
  console.log(`10,000 pairs: ${(performance.now() - wallStart).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
}
if (session && profilePath) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(profilePath, JSON.stringify(profile));
  console.log(`profile: ${profilePath}`);
}
