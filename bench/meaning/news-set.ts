// News-style French/English pairs written by hand for this bench, with errors a hurried adapter
// makes, written by hand too (bench/meaning/news/). Whoever wrote them did not read the checks.
// Topics decide the split; held-out pairs are only ever counted, never printed.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SegmentPair } from "@/lib/qa/types";
import type { Split } from "./corpus";
import { EXPECTED_CHECKS, MEANING_KINDS, type MeaningKind } from "./inject-meaning";
import { type MeaningDocument, type MeaningTestSet, TWIN_SUFFIX } from "./test-set";

const FOLDER = path.join(import.meta.dirname, "news");

type NewsPair = { id: string; topic: string; source: string; target: string; split?: Split | "dev2" | "dev3" | "dev3-held" | "dev4" | "dev5" | "dev5-held" | "dev9" | "dev10" | "dev10-held" };
type NewsInjection = { id: string; pairId: string; kind: MeaningKind; variant: string; target: string };

/**
 * Clean pairs only, written later than the others on topics of neither split: "dev2" to "dev10" may be
 * read; "dev3-held", "dev5-held", "dev6-held" and "dev10-held" (news/clean-dev3-held.json, …) are only ever counted, never printed. dev6 and
 * dev6-held were written blind in round 2 on 20 domains no batch had used (odd domains readable, even ones held); dev7 on
 * names French and English spell differently (transliterations, exonyms, translated party and militia names); dev8 restructured
 * freely (voice, converse verbs, negation said otherwise, attributions moved, nominalisations); dev9 the same on 20 more topics;
 * dev10 and dev10-held the same on 20 further topics, written blind before any change of the session that added them.
 */
export type CleanOnlySet = { documents: Array<{ campaign: string; pairs: SegmentPair[] }>; ids: Set<string>; topics: string[] };

export type NewsTestSet = MeaningTestSet & { pairs: number; topics: Record<Split, string[]>; dev2: CleanOnlySet; dev3: CleanOnlySet; dev4: CleanOnlySet };

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(FOLDER, name), "utf8")) as T;
}

/**
 * The hand-written news pairs as a test set: one document per topic, each injected pair beside its
 * untouched twin, the pairs without an injection as clean segments.
 */
export function loadNewsTestSet(): NewsTestSet {
  const pairs = readJson<NewsPair[]>("pairs.json");
  const injections = readJson<NewsInjection[]>("injected.json");
  const byId = new Map(pairs.map((pair) => [pair.id, pair]));
  const splitOf = (pair: NewsPair): Split => (pair.split === "held-out" ? "held-out" : "dev");
  const key: MeaningTestSet["key"] = new Map();
  const injectedPairs = new Map<string, SegmentPair[]>();
  for (const injection of injections) {
    const pair = byId.get(injection.pairId);
    if (!pair) throw new Error(`news/injected.json: ${injection.id} names an unknown pair ${injection.pairId}`);
    if (!MEANING_KINDS.includes(injection.kind)) throw new Error(`news/injected.json: ${injection.id} has an unknown kind ${injection.kind}`);
    const injected = { id: injection.id, source: pair.source, target: injection.target };
    injectedPairs.set(pair.id, [...(injectedPairs.get(pair.id) ?? []), injected]);
    key.set(injection.id, { pair: injected, kind: injection.kind, variant: injection.variant, expectedChecks: EXPECTED_CHECKS[injection.kind], before: pair.target, after: injection.target, split: splitOf(pair) });
  }
  const clean = new Map<Split, Set<string>>([["dev", new Set()], ["held-out", new Set()]]);
  const documents: MeaningDocument[] = [];
  for (const topic of [...new Set(pairs.map((pair) => pair.topic))]) {
    const inTopic = pairs.filter((pair) => pair.topic === topic);
    for (const split of ["dev", "held-out"] as const) {
      const own = inTopic.filter((pair) => splitOf(pair) === split);
      if (own.length === 0) continue;
      const segments = own.flatMap((pair): SegmentPair[] => {
        const injected = injectedPairs.get(pair.id);
        const id = injected ? `${pair.id}${TWIN_SUFFIX}` : pair.id;
        clean.get(split)!.add(id);
        return [...(injected ?? []), { id, source: pair.source, target: pair.target }];
      });
      documents.push({ campaign: topic, split, pairs: segments });
    }
  }
  const topics = (split: Split) => [...new Set(pairs.filter((pair) => splitOf(pair) === split).map((pair) => pair.topic))];
  return { documents, key, clean, pairs: pairs.length, topics: { dev: topics("dev"), "held-out": topics("held-out") }, dev2: loadCleanOnly("clean-extra.json"), dev3: loadCleanOnly("clean-dev3.json"), dev4: loadCleanOnly("clean-dev4.json") };
}

/** The clean-only files of news/ by split, in the order they were written; a "-held" split is only ever counted. */
export const CLEAN_ONLY_FILES = [
  ["dev2", "clean-extra.json"], ["dev3", "clean-dev3.json"], ["dev3-held", "clean-dev3-held.json"], ["dev4", "clean-dev4.json"],
  ["dev5", "clean-dev5.json"], ["dev5-held", "clean-dev5-held.json"], ["dev6", "clean-dev6.json"], ["dev6-held", "clean-dev6-held.json"],
  ["dev7", "clean-dev7.json"], ["dev8", "clean-dev8.json"], ["dev9", "clean-dev9.json"],
  ["dev10", "clean-dev10.json"], ["dev10-held", "clean-dev10-held.json"],
] as const;

/** One document per topic of a file of clean pairs (news/NAME), none injected. */
export function loadCleanOnly(name: string): CleanOnlySet {
  const pairs = readJson<NewsPair[]>(name);
  const topics = [...new Set(pairs.map((pair) => pair.topic))];
  const documents = topics.map((topic) => ({
    campaign: topic,
    pairs: pairs.filter((pair) => pair.topic === topic).map(({ id, source, target }) => ({ id, source, target })),
  }));
  return { documents, ids: new Set(pairs.map((pair) => pair.id)), topics };
}
