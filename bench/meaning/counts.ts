// Counts of the meaning bench for every split, held-out ones included, and nothing else: no sentence,
// no finding, only caught/injected and clean alarms. The way to score held-out text in seconds.
//   npx tsx --conditions=react-server bench/meaning/counts.ts [--dev]
// --dev: the dev splits only, for tuning; held-out counts are read once a change is settled.
import path from "node:path";
import { loadGrammarChecker } from "@/lib/qa/grammar/grammar-checker";
import { FRESH_CAMPAIGNS, loadMeaningCorpus, type Split } from "./corpus";
import { rectoAlarms } from "./index";
import { EXPECTED_CHECKS, MEANING_ONLY_KINDS } from "./inject-meaning";
import { batchFiles } from "./later-text";
import { CLEAN_ONLY_FILES, type CleanOnlySet, loadCleanOnly, loadNewsTestSet } from "./news-set";
import { describeOwnScore, readOwnCases, scoreOwnCases } from "./own-score";
import { type MeaningScore, recallOver, scoreCleanOnly, scoreMeaning, type Tally } from "./score";
import { buildMeaningTestSet } from "./test-set";

const isDevOnly = process.argv.includes("--dev");
const splits: Split[] = isDevOnly ? ["dev"] : ["dev", "held-out"];
const started = performance.now();
// Unloaded, the grammar check is silent, and the clean alarms would not be the bench's.
await loadGrammarChecker();
const tally = ({ caught, injected }: Tally) => `${caught}/${injected}${injected > 0 ? ` = ${(caught / injected).toFixed(2)}` : ""}`;

function splitLine(label: string, score: MeaningScore, split: Split): string {
  const byKind = MEANING_ONLY_KINDS.map((kind) => [kind, recallOver(score, split, [kind])] as const).map(([kind, one]) => `${kind} ${one.caught}/${one.injected}`).join(", ");
  const grammar = recallOver(score, split, ["grammar"]);
  const clean = score.clean.get(split)!;
  return `${label} ${split}: meaning ${tally(recallOver(score, split, MEANING_ONLY_KINDS))} (${byKind}); grammar ${grammar.caught}/${grammar.injected}; ` +
    `clean alarms ${clean.alarmed}/${clean.segments} = ${((100 * clean.alarmed) / Math.max(1, clean.segments)).toFixed(1)}%`;
}

const wesnoth = buildMeaningTestSet(loadMeaningCorpus().pairs);
const wesnothScore = scoreMeaning(rectoAlarms(wesnoth.documents), wesnoth, EXPECTED_CHECKS);
const news = loadNewsTestSet();
const newsScore = scoreMeaning(rectoAlarms(news.documents), news, EXPECTED_CHECKS);
for (const split of splits) console.log(splitLine("wesnoth", wesnothScore, split));
const fresh = buildMeaningTestSet(loadMeaningCorpus(FRESH_CAMPAIGNS).pairs);
console.log(splitLine("wesnoth fresh", scoreMeaning(rectoAlarms(fresh.documents), fresh, EXPECTED_CHECKS), "dev"));
for (const split of splits) console.log(splitLine("news", newsScore, split));

const cleanOnly = (label: string, set: CleanOnlySet) => {
  const score = scoreCleanOnly(rectoAlarms(set.documents), set.ids, EXPECTED_CHECKS);
  console.log(`news ${label} (clean only): clean alarms ${score.alarmed}/${score.segments}`);
};
for (const [split, file] of CLEAN_ONLY_FILES) if (!(isDevOnly && split.endsWith("-held"))) cleanOnly(split, loadCleanOnly(file));

// The hand-written batches: each with its held-out or set-aside twin.
for (const file of batchFiles({ isDevOnly })) console.log(`${path.basename(file)}: ${describeOwnScore(scoreOwnCases(readOwnCases(file)))}`);
console.error(`counts: ${((performance.now() - started) / 1000).toFixed(1)} s`);
