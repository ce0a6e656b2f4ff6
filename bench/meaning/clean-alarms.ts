// Prints the meaning alarms on the readable clean-only news pairs (dev2 to dev9), to see which a change raised:
//   npx tsx --conditions=react-server bench/meaning/clean-alarms.ts
import { runChecks } from "@/lib/qa/run-checks";
import { EXPECTED_CHECKS } from "./inject-meaning";
import { CLEAN_ONLY_FILES, loadCleanOnly } from "./news-set";

const counted = new Set(Object.values(EXPECTED_CHECKS).flat());
for (const [split, file] of CLEAN_ONLY_FILES.filter(([split]) => !split.endsWith("-held"))) {
  for (const document of loadCleanOnly(file).documents) {
    const pairs = new Map(document.pairs.map((pair) => [pair.id, pair]));
    for (const finding of runChecks(document.pairs)) {
      if (!counted.has(finding.checkId)) continue;
      const pair = pairs.get(finding.segmentId);
      console.log(`${split} ${finding.segmentId} ${finding.checkId}: ${finding.message}\n  fr: ${pair?.source}\n  en: ${pair?.target}`);
    }
  }
}
