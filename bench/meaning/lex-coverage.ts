// Share of the dev split's French content words that the word aligner links to an English word
// (what the meaning checks need to speak), and how long the lexicon takes to build:
//   npx tsx --conditions=react-server bench/meaning/lex-coverage.ts [N]   (N: also list the N commonest unlinked words)
// Dev only: held-out pairs are never aligned here.
import { performance } from "node:perf_hooks";
import { alignWords } from "@/lib/word-align/align-words";
import { getLexicon } from "@/lib/word-align/lexicon";
import { loadMeaningCorpus } from "./corpus";

const started = performance.now();
getLexicon();
const lexiconMs = performance.now() - started;
let content = 0;
let linked = 0;
const unlinked = new Map<string, number>();
for (const pair of loadMeaningCorpus().pairs.filter((candidate) => candidate.split === "dev")) {
  const alignment = alignWords(pair.source, pair.target);
  const sources = new Set(alignment.links.map((link) => link.source));
  alignment.source.forEach((word, index) => {
    if (!word.isContent || /^\d/.test(word.text)) return;
    content += 1;
    if (sources.has(index)) linked += 1;
    else unlinked.set(word.text.toLowerCase(), (unlinked.get(word.text.toLowerCase()) ?? 0) + 1);
  });
}
console.log(`getLexicon ${lexiconMs.toFixed(0)} ms; dev French content words ${content}, linked ${linked} = ${((100 * linked) / content).toFixed(1)}%`);
const top = Number(process.argv[2] ?? 0);
if (top > 0) console.log([...unlinked].sort((a, b) => b[1] - a[1]).slice(0, top).map(([word, count]) => `${word}:${count}`).join(" "));
