// The QA bench's throughput figure alone, for A/B comparisons while tuning the checks:
//   npx tsx --conditions=react-server bench/qa/throughput.ts [rounds]
// Prints the warm wall and CPU time of `runChecks` over 10,000 of the bench's pairs, once per round.
import { loadGrammarChecker } from "@/lib/qa/grammar-checker";
import { runChecks } from "@/lib/qa/run-checks";
import { loadCorpus } from "./corpus";
import { BENCH_GLOSSARY } from "./glossary";
import { buildTestSet } from "./test-set";

const rounds = Number(process.argv[2] ?? 3);
await loadGrammarChecker();
const { pairs } = buildTestSet(loadCorpus().pairs);
const many = Array.from({ length: 10_000 }, (_, i) => ({ ...pairs[i % pairs.length], id: `t-${i}` }));
runChecks(many, { glossary: BENCH_GLOSSARY });
for (let round = 0; round < rounds; round++) {
  const [wallStart, cpuStart] = [performance.now(), process.cpuUsage()];
  runChecks(many, { glossary: BENCH_GLOSSARY });
  const cpu = process.cpuUsage(cpuStart);
  console.log(`10,000 pairs: ${(performance.now() - wallStart).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
}
