import { loadGrammarChecker } from "@/lib/qa/grammar/grammar-checker";
import { QA_CHECKS, runChecks } from "@/lib/qa/run-checks";
import type { GlossaryEntry, SegmentPair } from "@/lib/qa/types";
import { CORPUS_PACKAGE, loadCorpus } from "./corpus";
import { BENCH_GLOSSARY } from "./glossary";
import { POFILTER_TESTS, runPofilter } from "./pofilter";
import { type Alarm, type AnswerKey, scoreAlarms, type Score } from "./score";
import { buildTestSet, findLocaleTraps, PER_CHECK, SEED } from "./test-set";

const GLOSSARY: GlossaryEntry[] = BENCH_GLOSSARY;
const THROUGHPUT_PAIRS = 10_000;

function pofilterAlarms(hits: Array<{ pairId: string; test: string }>, key: AnswerKey): Alarm[] {
  return hits.map(({ pairId, test }) => {
    const types = POFILTER_TESTS[test];
    const injected = key.get(pairId)?.checkId;
    return { pairId, checkId: injected && types.includes(injected) ? injected : types[0] };
  });
}

type Timing = { wallSeconds: number; cpuSeconds: number };

/** Wall and CPU time of one `runChecks` call; CPU time is the fairer figure on a shared machine. */
function timeRun(pairs: SegmentPair[]): Timing {
  const [wallStart, cpuStart] = [performance.now(), process.cpuUsage()];
  runChecks(pairs, { glossary: GLOSSARY });
  const cpu = process.cpuUsage(cpuStart);
  return { wallSeconds: (performance.now() - wallStart) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

function measureThroughput(pairs: SegmentPair[]): { cold: Timing; warm: Timing } {
  const many = Array.from({ length: THROUGHPUT_PAIRS }, (_, i) => ({ ...pairs[i % pairs.length], id: `t-${i}` }));
  const cold = timeRun(many);
  const [second, third] = [timeRun(many), timeRun(many)];
  return { cold, warm: second.wallSeconds <= third.wallSeconds ? second : third };
}

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
const ratio = (caught: number, injected: number) => (injected === 0 ? "—" : `${(caught / injected).toFixed(2)} (${caught}/${injected})`);

function recallTable(recto: Score, pofilter: Score): string[] {
  const shared = new Set(Object.values(POFILTER_TESTS).flat());
  const rows = QA_CHECKS.filter((check) => recto.recall.has(check.id)).map((check) => {
    const r = recto.recall.get(check.id)!;
    const p = pofilter.recall.get(check.id)!;
    const pofilterCell = shared.has(check.id) ? ratio(p.caught, p.injected) : "no such test";
    return `| \`${check.id}\` | ${r.injected} | ${ratio(r.caught, r.injected)} | ${pofilterCell} | ${recto.falseByCheck.get(check.id) ?? 0} | ${shared.has(check.id) ? (pofilter.falseByCheck.get(check.id) ?? 0) : "—"} |`;
  });
  return ["| Check | Injected | Recto recall | pofilter recall | Recto false alarms | pofilter false alarms |", "| --- | ---: | ---: | ---: | ---: | ---: |", ...rows];
}

/** QA-check benchmark: injected errors in real French/English pairs, Recto against pofilter. */
export async function run(): Promise<string> {
  // Harper (the grammar check) loads asynchronously; unloaded, the check is silent and the figures say nothing of it.
  await loadGrammarChecker();
  const corpus = loadCorpus();
  const { pairs, key, cleanIds, syntheticTrapIds } = buildTestSet(corpus.pairs);
  const checkIds = [...new Set([...key.values()].map((answer) => answer.checkId))];
  // First, so the cold figure includes building the speller.
  const throughput = measureThroughput(pairs);
  const started = performance.now();
  const findings = runChecks(pairs, { glossary: GLOSSARY });
  const rectoSeconds = (performance.now() - started) / 1000;
  const pofilterRun = runPofilter(pairs);
  const naturalTrapIds = new Set(findLocaleTraps(pairs, cleanIds).map((pair) => pair.id));
  const trapAlarms = (alarms: Alarm[], ids: Set<string>) => new Set(alarms.filter((alarm) => ids.has(alarm.pairId) && /number|date/.test(alarm.checkId)).map((alarm) => alarm.pairId)).size;
  const rectoAlarms = findings.map((finding) => ({ pairId: finding.segmentId, checkId: finding.checkId }));
  const pofilterMapped = pofilterAlarms(pofilterRun.hits, key);
  const recto = scoreAlarms(rectoAlarms, key, checkIds);
  const pofilter = scoreAlarms(pofilterMapped, key, checkIds);
  return [
    "## QA checks (issue 7)",
    "",
    `Corpus: ${corpus.pairs.length} French/English pairs from the nation legends of Debian's \`${CORPUS_PACKAGE}\` ${corpus.packageVersion} (French catalogue \`freeciv-nations.mo\`, ${corpus.entries} entries; see \`bench/qa/README.md\`). ` +
      `${key.size} pairs carry one injected error each (seed ${SEED}, at most ${PER_CHECK} per check); the other ${cleanIds.size - syntheticTrapIds.size} are left as published, plus ${syntheticTrapIds.size} synthetic locale traps. ` +
      `pofilter: translate-toolkit ${pofilterRun.version}, tests ${Object.keys(POFILTER_TESTS).join(", ")}.`,
    "",
    ...recallTable(recto, pofilter),
    "",
    "| | Recto | pofilter |",
    "| --- | ---: | ---: |",
    `| Precision (caught injections ÷ caught + alarms on clean pairs) | ${recto.precision.toFixed(3)} | ${pofilter.precision.toFixed(3)} |`,
    `| Alarms on the ${cleanIds.size} clean pairs | ${recto.falsePositives} | ${pofilter.falsePositives} |`,
    `| Number/date alarms on the ${naturalTrapIds.size} clean corpus pairs with French number or date forms (centuries, spelled numbers, dates) | ${trapAlarms(rectoAlarms, naturalTrapIds)} | ${trapAlarms(pofilterMapped, naturalTrapIds)} |`,
    `| Number alarms on the ${syntheticTrapIds.size} synthetic traps (a shared year rewritten as “12 683”/“12,683”, “4,7”/“4.7”, “7 %”/“7%”) | ${trapAlarms(rectoAlarms, syntheticTrapIds)} | ${trapAlarms(pofilterMapped, syntheticTrapIds)} |`,
    `| Time for the ${pairs.length} pairs | ${rectoSeconds.toFixed(2)} s | ${pofilterRun.seconds.toFixed(2)} s |`,
    "",
    `Throughput: ${THROUGHPUT_PAIRS.toLocaleString("en")} pairs through \`runChecks\` in ${throughput.warm.wallSeconds.toFixed(2)} s warm (${throughput.warm.cpuSeconds.toFixed(2)} s CPU), ` +
      `${throughput.cold.wallSeconds.toFixed(2)} s on the first call, speller build included (${throughput.cold.cpuSeconds.toFixed(2)} s CPU); target < 5 s. ` +
      `Alarms on clean pairs are counted as false even where the published translation really differs (a dropped name, a changed date); ${percent(recto.falsePositives / Math.max(1, cleanIds.size))} of clean pairs raised one for Recto.`,
  ].join("\n");
}
