import { describe, expect, it } from "vitest";
import { evidenceWords } from "@/lib/findings/evidence-words";

const SOURCE = "Personne n'a été blessé lors de l'offensive.";
const TARGET = "Someone was injured during the offensive.";
const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe("evidenceWords", () => {
  it("turns links into the French and English words they pair, in French reading order, unpaired words last", () => {
    const pairs = evidenceWords({
      links: [
        { source: null, target: span(TARGET, "Someone"), score: 0 },
        { source: span(SOURCE, "offensive"), target: span(TARGET, "offensive"), score: 1 },
        { source: span(SOURCE, "Personne n'"), target: span(TARGET, "Someone"), score: 0.8 },
      ],
    }, SOURCE, TARGET);
    expect(pairs).toEqual([
      { source: "Personne n'", target: "Someone", score: 0.8 },
      { source: "offensive", target: "offensive", score: 1 },
      { source: null, target: "Someone", score: 0 },
    ]);
  });

  it("leaves out links whose offsets fall outside the texts (the segment was edited)", () => {
    expect(evidenceWords({ links: [{ source: { start: 2, end: 400 }, target: span(TARGET, "was"), score: 1 }, { source: null, target: null, score: 0 }] }, SOURCE, TARGET)).toEqual([]);
  });
});
