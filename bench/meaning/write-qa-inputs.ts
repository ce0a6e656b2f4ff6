// Writes the two inputs of the bench's cold whole-process timing as `recto qa --input` files, so it
// can be repeated (and profiled) on its own, without the rest of the meaning bench:
//   npx tsx --conditions=react-server bench/meaning/write-qa-inputs.ts [FOLDER]
// then, for example,
//   /usr/bin/time -v node --conditions=react-server bin/recto.mjs qa --input FOLDER/dev-pairs.json --format jsonl > findings.jsonl
// dev-pairs.json: 10,000 dev pairs taken in turn (repeats); dev-paragraphs.json: 10,000 distinct
// two-sentence paragraphs of them. Dev pairs only: held-out text is never written.
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadMeaningCorpus } from "./corpus";
import { qaProcessInputs, THROUGHPUT_PAIRS, writeQaInput } from "./qa-process";
import { buildMeaningTestSet } from "./test-set";

const folder = process.argv[2] ?? path.join(process.env.TMPDIR || tmpdir(), "recto-meaning-bench");
const testSet = buildMeaningTestSet(loadMeaningCorpus().pairs);
const devPairs = testSet.documents.filter((document) => document.split === "dev").flatMap((document) => document.pairs);
const inputs = qaProcessInputs(devPairs, THROUGHPUT_PAIRS);
mkdirSync(folder, { recursive: true });
for (const [name, pairs] of [["dev-pairs.json", inputs.repeated], ["dev-paragraphs.json", inputs.paragraphs]] as const) {
  writeQaInput(path.join(folder, name), pairs);
  console.error(`${pairs.length} pairs (${new Set(pairs.map((pair) => `${pair.source}\n${pair.target}`)).size} distinct) written to ${path.join(folder, name)}`);
}
