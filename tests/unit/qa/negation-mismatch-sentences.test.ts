import { describe, expect, it } from "vitest";
import { alignWords } from "@/lib/word-align/align-words";
import { pairSentences } from "@/lib/qa/negation/sentence-pairs";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// A segment of two sentences rendered sentence by sentence keeps each sentence's polarity: a negation
// added in one does not answer one lost in another (bench/meaning/news/dev8.json's two-sentence misses).
describe("negation-mismatch sentence by sentence", () => {
  it.each([
    ["Le ministre ne participera pas au sommet de Bruxelles, a indiqué son cabinet. Il sera représenté par sa secrétaire d'État.",
      "The minister will miss the Brussels summit, his office said. He will not be represented by his junior minister.", "not"],
    ["Touché à l'épaule, le gardien du PSG ne jouera pas mercredi contre Monaco. Il sera remplacé par son doublure.",
      "PSG's goalkeeper will miss Wednesday's game against Monaco with a shoulder injury. He will not be replaced by his understudy.", "not"],
    // Sentences are split as the importer splits them: "M." ends no sentence.
    ["M. Martin ne participera pas au sommet de Bruxelles, a indiqué son cabinet. Il sera représenté par sa secrétaire d'État.",
      "Mr Martin will miss the Brussels summit, his office said. He will not be represented by his junior minister.", "not"],
  ])("flags the negation the English adds in another sentence of “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && targetTextOf(finding, target)).toBe(negator);
  });

  it.each([
    ["Le médicament, non autorisé en Europe, est vendu sur internet. Le ministère ne s'est pas encore exprimé sur le sujet.",
      "The drug, which is authorised in Europe, is sold online. The ministry has yet to comment on the matter.", "non"],
  ])("flags the negation lost in one sentence of “%s” though another says no", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && sourceTextOf(finding, source)).toBe(negator);
  });

  it.each([
    ["Le médicament, non autorisé en Europe, est vendu sur internet. Le ministère ne s'est pas encore exprimé sur le sujet.",
      "The drug, which is not authorised in Europe, is sold online. The ministry has yet to comment on the matter."],
  ])("accepts “%s” rendered sentence by sentence as “%s”, a negation in each", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});

describe("pairSentences", () => {
  it("pairs two sentences rendered in order, each with its own words and links", () => {
    const source = "Le train est parti. Il est arrivé à Lyon.";
    const target = "The train left. It arrived in Lyon.";
    const pairs = pairSentences(source, target, alignWords(source, target));
    expect(pairs?.map((pair) => pair.target.map((word) => word.text).join(" "))).toEqual(["The train left", "It arrived in Lyon"]);
    expect(pairs?.every((pair) => pair.links.every((link) => link.source < pair.source.length && link.target < pair.target.length))).toBe(true);
  });

  it("does not pair a segment whose sides have different numbers of sentences", () => {
    const source = "Le train est parti. Il est arrivé à Lyon.";
    const target = "The train left and arrived in Lyon.";
    expect(pairSentences(source, target, alignWords(source, target))).toBeNull();
  });
});
