// Meaning-error benchmark (issue 12): held-out campaigns are only ever counted, never printed.
import { cpus, loadavg } from "node:os";
import { loadGrammarChecker } from "@/lib/qa/grammar/grammar-checker";
import { runChecks } from "@/lib/qa/run-checks";
import type { SegmentPair } from "@/lib/qa/types";
import { runPofilter } from "../qa/pofilter";
import { CAMPAIGNS, loadMeaningCorpus, type Split } from "./corpus";
import { type ProcessRun, qaProcessInputs, THROUGHPUT_PAIRS, timeQaProcess } from "./qa-process";
import { EXPECTED_CHECKS, MEANING_KINDS, MEANING_ONLY_KINDS, type MeaningKind } from "./inject-meaning";
import { type Alarm, type CleanOnlyScore, type MeaningScore, recallOver, scoreCleanOnly, scoreMeaning, type Tally } from "./score";
import { laterTextSection } from "./later-text";
import { loadNewsTestSet } from "./news-set";
import { buildMeaningTestSet, PER_KIND, SEED } from "./test-set";

/** pofilter tests comparable to each kind; kinds without one show "no such test". */
export const POFILTER_COMPARABLE: Record<MeaningKind, readonly string[]> = {
  "role-reversal": [], negation: [], entity: [],
  omission: ["short", "untranslated", "blank", "sentencecount"],
  addition: ["long", "sentencecount"],
  grammar: ["puncspacing"],
};
const SPLITS: Split[] = ["dev", "held-out"];

type Timing = { wallSeconds: number; cpuSeconds: number };

function timed<T>(work: () => T): { result: T } & Timing {
  const [wallStart, cpuStart] = [performance.now(), process.cpuUsage()];
  const result = work();
  const cpu = process.cpuUsage(cpuStart);
  return { result, wallSeconds: (performance.now() - wallStart) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** Recto's findings on every document, one `runChecks` call per campaign as a document import would. */
export function rectoAlarms(documents: Array<{ pairs: SegmentPair[] }>): Alarm[] {
  return documents.flatMap((document) => runChecks(document.pairs).map((finding) => ({ pairId: finding.segmentId, checkId: finding.checkId })));
}

const processLine = (label: string, run: ProcessRun | null) =>
  run ? `${label} ${run.wallSeconds.toFixed(2)} s (${run.cpuSeconds.toFixed(2)} s CPU, peak ${Math.round(run.peakMegabytes)} MB, ${run.findings} findings)` : `${label}: not measured (GNU time is missing)`;

const ratio = ({ caught, injected }: Tally) => (injected === 0 ? "—" : `${(caught / injected).toFixed(2)} (${caught}/${injected})`);
const share = (count: number, total: number) => `${((100 * count) / Math.max(1, total)).toFixed(1)}% (${count})`;

function kindTable(recto: MeaningScore, pofilter: MeaningScore): string[] {
  const row = (label: string, checks: string, kinds: readonly MeaningKind[], tests: string) => {
    const [rectoDev, rectoHeld] = SPLITS.map((split) => recallOver(recto, split, kinds));
    const [poDev, poHeld] = SPLITS.map((split) => recallOver(pofilter, split, kinds));
    const pofilterCells = tests === "" ? "no such test | —" : `${ratio(poDev)} | ${ratio(poHeld)}`;
    return `| ${label} | ${checks} | ${rectoDev.injected} / ${rectoHeld.injected} | ${ratio(rectoDev)} | **${ratio(rectoHeld)}** | ${tests || "—"} | ${pofilterCells} |`;
  };
  const rows = MEANING_KINDS.map((kind) => row(kind, EXPECTED_CHECKS[kind].map((id) => `\`${id}\``).join(", "), [kind], POFILTER_COMPARABLE[kind].join(", ")));
  return [
    "| Injected kind | Counts as caught by | Injected dev / held-out | Recto recall dev | Recto recall held-out | pofilter tests | pofilter recall dev | pofilter recall held-out |",
    "| --- | --- | ---: | ---: | ---: | --- | ---: | ---: |",
    ...rows,
    row("**meaning errors** (all but grammar)", "any of the above", MEANING_ONLY_KINDS, "as above"),
  ];
}

/** A clean-only split shown as one more column: its label and Recto's and pofilter's alarms on it. */
type CleanOnlyColumn = { label: string; recto: CleanOnlyScore; pofilter: CleanOnlyScore };

function checkTable(recto: MeaningScore, pofilter: MeaningScore, extra?: CleanOnlyColumn): string[] {
  const ids = [...new Set(Object.values(EXPECTED_CHECKS).flat())];
  const line = (score: MeaningScore, accepted: Record<MeaningKind, readonly string[]>, id: string, label: string, cleanOnly?: CleanOnlyScore) => {
    const kinds = MEANING_KINDS.filter((kind) => accepted[kind].includes(id));
    const [dev, held] = SPLITS.map((split) => ({ ...score.byCheck.get(split)!.get(id)!, injected: recallOver(score, split, kinds).injected }));
    const [cleanDev, cleanHeld] = SPLITS.map((split) => score.clean.get(split)!.segments);
    const extraCell = cleanOnly ? ` ${share(cleanOnly.byCheck.get(id) ?? 0, cleanOnly.segments)} |` : "";
    return `| ${label} | ${kinds.join(", ")} | ${ratio(dev)} | ${ratio(held)} | ${share(dev.falseAlarms, cleanDev)} | ${share(held.falseAlarms, cleanHeld)} |${extraCell}`;
  };
  const tests = [...new Set(Object.values(POFILTER_COMPARABLE).flat())];
  return [
    `| Check | Counts for | Recall dev | Recall held-out | False alarms on clean dev segments | False alarms on clean held-out segments |${extra ? ` False alarms on ${extra.label} |` : ""}`,
    `| --- | --- | ---: | ---: | ---: | ---: |${extra ? " ---: |" : ""}`,
    ...ids.map((id) => line(recto, EXPECTED_CHECKS, id, `\`${id}\``, extra?.recto)),
    ...tests.map((test) => line(pofilter, POFILTER_COMPARABLE, test, `pofilter \`${test}\``, extra?.pofilter)),
  ];
}

function variantTable(score: MeaningScore): string[] {
  const names = [...new Set(SPLITS.flatMap((split) => [...score.byVariant.get(split)!.keys()]))].sort();
  const tally = (split: Split, name: string) => score.byVariant.get(split)!.get(name) ?? { injected: 0, caught: 0 };
  return [
    "| Kind / variant | Injected dev / held-out | Recto recall dev | Recto recall held-out |",
    "| --- | ---: | ---: | ---: |",
    ...names.map((name) => `| ${name} | ${tally("dev", name).injected} / ${tally("held-out", name).injected} | ${ratio(tally("dev", name))} | ${ratio(tally("held-out", name))} |`),
  ];
}

/** Clean segments with any alarm, Recto against pofilter, by split. */
function cleanTable(segments: string, recto: MeaningScore, pofilter: MeaningScore, extra?: CleanOnlyColumn): string[] {
  const cleanLine = (score: MeaningScore, split: Split) => share(score.clean.get(split)!.alarmed, score.clean.get(split)!.segments);
  const extraCell = (score: CleanOnlyScore | undefined, of: boolean) => (score ? ` ${share(score.alarmed, score.segments)}${of ? ` of ${score.segments}` : ""} |` : "");
  return [
    `| Clean ${segments} with any alarm of the checks above | dev | held-out |${extra ? ` ${extra.label} |` : ""}`,
    `| --- | ---: | ---: |${extra ? " ---: |" : ""}`,
    `| Recto (target ≤ 5%) | ${cleanLine(recto, "dev")} of ${recto.clean.get("dev")!.segments} | ${cleanLine(recto, "held-out")} of ${recto.clean.get("held-out")!.segments} |${extraCell(extra?.recto, true)}`,
    `| pofilter (its comparable tests) | ${cleanLine(pofilter, "dev")} | ${cleanLine(pofilter, "held-out")} |${extraCell(extra?.pofilter, false)}`,
  ];
}

/** Meaning-error benchmark: injected role, polarity, content, entity and grammar errors in real campaign text. */
export async function run(): Promise<string> {
  // Harper (the grammar check) loads asynchronously; unloaded, the check is silent and the figures say nothing of it.
  await loadGrammarChecker();
  const corpus = loadMeaningCorpus();
  const testSet = buildMeaningTestSet(corpus.pairs);
  const allPairs = testSet.documents.flatMap((document) => document.pairs);
  const many = Array.from({ length: THROUGHPUT_PAIRS }, (_, i) => ({ ...allPairs[i % allPairs.length], id: `t-${i}` }));
  // Whole processes first, before this one holds Harper and the checkers' caches. Dev pairs only:
  // held-out text never leaves this process.
  const devPairs = testSet.documents.filter((document) => document.split === "dev").flatMap((document) => document.pairs);
  const loadBefore = loadavg()[0];
  const inputs = qaProcessInputs(devPairs, THROUGHPUT_PAIRS);
  const processRun = await timeQaProcess(inputs.repeated);
  const paragraphRun = await timeQaProcess(inputs.paragraphs);
  const cold = timed(() => runChecks(many));
  const warm = [timed(() => runChecks(many)), timed(() => runChecks(many))].sort((a, b) => a.wallSeconds - b.wallSeconds)[0];
  const rectoRun = timed(() => rectoAlarms(testSet.documents));
  const pofilterRun = runPofilter(allPairs);
  const recto = scoreMeaning(rectoRun.result, testSet, EXPECTED_CHECKS);
  const pofilter = scoreMeaning(pofilterRun.hits.map(({ pairId, test }) => ({ pairId, checkId: test })), testSet, POFILTER_COMPARABLE);
  const news = loadNewsTestSet();
  const newsPairs = news.documents.flatMap((document) => document.pairs);
  const newsRecto = scoreMeaning(rectoAlarms(news.documents), news, EXPECTED_CHECKS);
  const newsPofilter = scoreMeaning(runPofilter(newsPairs).hits.map(({ pairId, test }) => ({ pairId, checkId: test })), news, POFILTER_COMPARABLE);
  const dev2Pairs = news.dev2.documents.flatMap((document) => document.pairs);
  const dev2: CleanOnlyColumn = {
    label: "dev2 (clean only)",
    recto: scoreCleanOnly(rectoAlarms(news.dev2.documents), news.dev2.ids, EXPECTED_CHECKS),
    pofilter: scoreCleanOnly(runPofilter(dev2Pairs).hits.map(({ pairId, test }) => ({ pairId, checkId: test })), news.dev2.ids, POFILTER_COMPARABLE),
  };
  const count = (split: Split) => corpus.pairs.filter((pair) => pair.split === split).length;
  const campaigns = (split: Split) => CAMPAIGNS.filter((campaign) => campaign.split === split).map((campaign) => `${campaign.title} (\`${campaign.code}\`)`).join(", ");
  return [
    "## Meaning errors (issue 12)",
    "",
    `Corpus: ${corpus.pairs.length} French/English sentence pairs (from ${corpus.entries} catalogue entries) of the French catalogues of ${CAMPAIGNS.length} Wesnoth campaigns (Debian: ${corpus.packages.join(", ")}; see \`bench/qa/README.md\`), never used to write the checks. ` +
      `**Dev** (may be read while tuning): ${count("dev")} pairs from ${campaigns("dev")}. **Held-out** (only counted, never printed): ${count("held-out")} pairs from ${campaigns("held-out")}. ` +
      `Each split gets at most ${PER_KIND} injected errors per kind (seed ${SEED}, \`bench/meaning/inject-meaning.ts\`); the kind's variants take turns, so the rare ones are not crowded out. ` +
      "Every injected pair's untouched original is scored too, as a clean twin, with all the untouched pairs.",
    "",
    "Recall: share of injected pairs on which one of the accepted checks spoke (any span).",
    "",
    ...kindTable(recto, pofilter),
    "",
    "Per check: recall on the kinds it counts for, and clean segments (twins and untouched pairs) it alarmed on.",
    "",
    ...checkTable(recto, pofilter),
    "",
    "Recall by variant of each kind (what the injector changed: see `bench/qa/README.md`).",
    "",
    ...variantTable(recto),
    "",
    ...cleanTable("segments", recto, pofilter),
    "",
    `Time for the ${allPairs.length} segments: Recto ${rectoRun.wallSeconds.toFixed(2)} s (${rectoRun.cpuSeconds.toFixed(2)} s CPU), pofilter ${pofilterRun.seconds.toFixed(2)} s (translate-toolkit ${pofilterRun.version}, all the tests of the QA section). ` +
      `Throughput: ${THROUGHPUT_PAIRS.toLocaleString("en")} of these pairs through \`runChecks\` in ${warm.wallSeconds.toFixed(2)} s warm (${warm.cpuSeconds.toFixed(2)} s CPU), ` +
      `${cold.wallSeconds.toFixed(2)} s on the first call (${cold.cpuSeconds.toFixed(2)} s CPU); target < 5 s.`,
    "",
    `Whole process, cold (\`recto qa --input pairs.json --format jsonl\`, the built CLI, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before): ` +
      `${processLine(`${THROUGHPUT_PAIRS.toLocaleString("en")} dev pairs (${devPairs.length} distinct, repeated) in`, processRun)}; ` +
      `${processLine(`${THROUGHPUT_PAIRS.toLocaleString("en")} distinct two-sentence paragraphs of dev pairs in`, paragraphRun)}.`,
    "",
    "### News-style text, errors made by hand",
    "",
    `Corpus: ${news.pairs} French news sentences with English newsroom adaptations, written by hand for this bench (\`bench/meaning/news/\`), with ${news.key.size} corrupted English versions of some of them, each written by hand the way a hurried adapter errs, by an engineer who did not read the checks. ` +
      `The split is by topic: **dev** ${news.topics.dev.join(", ")}; **held-out** (only counted) ${news.topics["held-out"].join(", ")}. Each corrupted pair is scored beside its untouched twin. ` +
      `**dev2** (clean only, may be read): ${news.dev2.ids.size} more clean pairs written later (\`news/clean-extra.json\`), on ${news.dev2.topics.join(", ")}, to measure false alarms on text the checks were not tuned on.`,
    "",
    ...kindTable(newsRecto, newsPofilter),
    "",
    ...checkTable(newsRecto, newsPofilter, dev2),
    "",
    ...variantTable(newsRecto),
    "",
    ...cleanTable("news segments", newsRecto, newsPofilter, dev2),
    "",
    ...laterTextSection(rectoAlarms),
  ].join("\n");
}
