// Share of French content words that the word aligner links to an English word (what the meaning
// checks need to speak), and how long the lexicon takes to build:
//   npx tsx --conditions=react-server bench/meaning/lex-coverage.ts [N] [wesnoth|news|own|own-held-out]
// N: also list the N commonest unlinked words. Modes: "wesnoth" (default) the Wesnoth dev campaigns;
// "news" the news pairs not held out (news/pairs.json dev) and the clean-only dev2 pairs
// (news/clean-extra.json); "own" and "own-held-out" the two halves of news/coverage-own.json (the
// held-out half is counted at the start and the end of a piece of work only, never tuned on).
// Held-out pairs of the meaning bench are filtered out before anything is aligned.
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { alignWords } from "@/lib/word-align/align-words";
import { getLexicon } from "@/lib/word-align/lexicon";
import { loadMeaningCorpus } from "./corpus";

type Pair = { source: string; target: string };
type NewsPair = Pair & { split?: string };

const MODES = ["wesnoth", "news", "own", "own-held-out"] as const;
type Mode = (typeof MODES)[number];

function readNews(name: string): NewsPair[] {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, "news", name), "utf8")) as NewsPair[];
}

function pairsOf(mode: Mode): Pair[] {
  switch (mode) {
    case "wesnoth":
      return loadMeaningCorpus().pairs.filter((candidate) => candidate.split === "dev");
    case "news":
      // Held-out news pairs are dropped here, before any alignment.
      return [...readNews("pairs.json").filter((pair) => pair.split !== "held-out"), ...readNews("clean-extra.json")];
    case "own":
      return readNews("coverage-own.json").filter((pair) => pair.split === "own-dev");
    case "own-held-out":
      return readNews("coverage-own.json").filter((pair) => pair.split === "own-held-out");
  }
}

const top = Number(process.argv[2] ?? 0);
const mode = (process.argv[3] ?? "wesnoth") as Mode;
if (!MODES.includes(mode)) throw new Error(`lex-coverage: unknown mode ${mode}; one of ${MODES.join(", ")}`);
const started = performance.now();
getLexicon();
const lexiconMs = performance.now() - started;
let content = 0;
let linked = 0;
const unlinked = new Map<string, number>();
for (const pair of pairsOf(mode)) {
  const alignment = alignWords(pair.source, pair.target);
  const sources = new Set(alignment.links.map((link) => link.source));
  alignment.source.forEach((word, index) => {
    if (!word.isContent || /^\d/.test(word.text)) return;
    content += 1;
    if (sources.has(index)) linked += 1;
    else unlinked.set(word.text.toLowerCase(), (unlinked.get(word.text.toLowerCase()) ?? 0) + 1);
  });
}
console.log(`getLexicon ${lexiconMs.toFixed(0)} ms; ${mode} French content words ${content}, linked ${linked} = ${((100 * linked) / content).toFixed(1)}%`);
if (top > 0) console.log([...unlinked].sort((a, b) => b[1] - a[1]).slice(0, top).map(([word, count]) => `${word}:${count}`).join(" "));
