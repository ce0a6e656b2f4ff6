// Text added to the meaning bench after the checks had been tuned for many rounds: the fresh Wesnoth
// campaigns and the hand-written news batches. Counts only: no sentence of a held-out or set-aside batch.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { SegmentPair } from "@/lib/qa/types";
import { FRESH_CAMPAIGNS, loadMeaningCorpus } from "./corpus";
import { EXPECTED_CHECKS, MEANING_ONLY_KINDS } from "./inject-meaning";
import { describeOwnScore, readOwnCases, scoreOwnCases } from "./own-score";
import { type Alarm, recallOver, scoreCleanOnly, scoreMeaning, type Tally } from "./score";
import { CLEAN_ONLY_FILES, loadCleanOnly } from "./news-set";
import { buildMeaningTestSet } from "./test-set";

const ratio = ({ caught, injected }: Tally) => (injected === 0 ? "—" : `${(caught / injected).toFixed(2)} (${caught}/${injected})`);

const BATCHES = /^(?:gaps-own|roles-own|dev(?:[5-9]|[1-4]\d))/;
const NEWS_FOLDER = path.join(import.meta.dirname, "news");

/**
 * The hand-written batch files in news/, tuning halves first (`gaps-own.json` before
 * `gaps-own-held-out.json`) and numbers in order (dev9 before dev10); `isDevOnly` leaves out the
 * held-out and set-aside halves.
 */
export function batchFiles(options: { isDevOnly: boolean } = { isDevOnly: false }): string[] {
  const names = readdirSync(NEWS_FOLDER).filter((name) => BATCHES.test(name) && !(options.isDevOnly && /held|aside/.test(name)));
  return names.sort(new Intl.Collator("en", { numeric: true }).compare).map((name) => path.join(NEWS_FOLDER, name));
}

/** The section's lines: a kind table for the fresh campaigns, then one line per hand-written batch. */
export function laterTextSection(rectoAlarms: (documents: Array<{ pairs: SegmentPair[] }>) => Alarm[]): string[] {
  const corpus = loadMeaningCorpus(FRESH_CAMPAIGNS);
  const testSet = buildMeaningTestSet(corpus.pairs);
  const score = scoreMeaning(rectoAlarms(testSet.documents), testSet, EXPECTED_CHECKS);
  const clean = score.clean.get("dev")!;
  return [
    "### Text added after tuning",
    "",
    `**Fresh campaigns**: ${corpus.pairs.length} pairs of ${FRESH_CAMPAIGNS.map((campaign) => `${campaign.title} (\`${campaign.code}\`)`).join(", ")} (Debian: ${corpus.packages.join(", ")}), ` +
      "added after the dev campaigns had been read through many rounds; injected the same way. Tuning may read them, so from now on they are a second dev split.",
    "",
    "| Fresh campaigns | role-reversal | negation | omission | addition | entity | **meaning errors** | clean segments with an alarm |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| Recto | ${MEANING_ONLY_KINDS.map((kind) => ratio(recallOver(score, "dev", [kind]))).join(" | ")} | **${ratio(recallOver(score, "dev", MEANING_ONLY_KINDS))}** | ${((100 * clean.alarmed) / clean.segments).toFixed(1)}% (${clean.alarmed} of ${clean.segments}) |`,
    "",
    "**Hand-written news batches** (`bench/meaning/news/`): a French news item, its faithful English and an English with one error of a kind, each batch written by an engineer who did not read the checks. " +
      "Files named `held-out` or `aside` are only counted. Recall on the erroneous renderings; faithful renderings with an alarm of any meaning or grammar check.",
    "",
    ...batchFiles().map((file) => `- \`${path.basename(file)}\`: ${describeOwnScore(scoreOwnCases(readOwnCases(file)))}`),
    "",
    "**Clean-only news pairs** (`bench/meaning/news/clean-*.json`): faithful adaptations only, one document per topic, written later on topics no batch used " +
      "(`clean-dev5` to provoke false alarms: negation said otherwise, voice changes, exonyms, compression; `clean-dev6` and `clean-dev6-held` on 20 domains no batch had used; " +
      "`clean-dev7` rich in names French and English spell differently; `clean-dev8` restructured freely: voice, converse verbs, negation said otherwise, attributions moved; `clean-dev9` the same on 20 more topics, each pair with at least one such rendering; `clean-dev10` and `clean-dev10-held` restructured freely on 20 further topics, written blind in round 2 before the session's changes). " +
      "Pairs with an alarm of any meaning or grammar check; `-held` files are only counted.",
    "",
    ...CLEAN_ONLY_FILES.map(([split, file]) => {
      const set = loadCleanOnly(file);
      const score = scoreCleanOnly(rectoAlarms(set.documents), set.ids, EXPECTED_CHECKS);
      return `- ${split} (\`${file}\`): ${score.alarmed} of ${score.segments} (${((100 * score.alarmed) / score.segments).toFixed(1)}%)`;
    }),
  ];
}
