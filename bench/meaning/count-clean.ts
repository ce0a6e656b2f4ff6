// Counts the clean-only news pairs on which a meaning check raises an alarm, and prints only counts:
//   npx tsx --conditions=react-server bench/meaning/count-clean.ts
// The only way to look at the held clean-only files (news/clean-dev3-held.json, news/clean-dev5-held.json, news/clean-dev6-held.json, news/clean-dev10-held.json): their pairs and findings are never printed.
import { runChecks } from "@/lib/qa/run-checks";
import { EXPECTED_CHECKS } from "./inject-meaning";
import { CLEAN_ONLY_FILES, type CleanOnlySet, loadCleanOnly } from "./news-set";

const counted = new Set(Object.values(EXPECTED_CHECKS).flat());

function countAlarms(set: CleanOnlySet): number {
  const alarmed = new Set<string>();
  for (const document of set.documents) {
    for (const finding of runChecks(document.pairs)) if (counted.has(finding.checkId)) alarmed.add(finding.segmentId);
  }
  return alarmed.size;
}

for (const [split, file] of CLEAN_ONLY_FILES) {
  const set = loadCleanOnly(file);
  console.log(`${split}: ${countAlarms(set)} of ${set.ids.size} clean pairs raise an alarm`);
}
