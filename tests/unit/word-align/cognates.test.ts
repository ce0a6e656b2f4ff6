import { describe, expect, it } from "vitest";
import { cognateScore } from "@/lib/word-align/cognates";
import { wordInfo } from "@/lib/word-align/words";

// As the aligner asks for a French word the lexicon does not list: the only words these looser rules are for.
const score = (french: string, english: string) => cognateScore(wordInfo(french, "source"), wordInfo(english, "target"), true);

describe("cognateScore on spellings a letter or two apart", () => {
  it.each([
    ["raffineries", "refineries"],
    ["appartements", "apartments"],
    ["développements", "developments"],
  ])("links %s and %s, long words apart only by vowels or doubled letters", (french, english) => {
    expect(score(french, english)).toBeGreaterThanOrEqual(0.7);
  });

  it.each([
    ["adresse", "address"],
    ["habitation", "hesitation"],
  ])("does not link %s and %s: too short, or a consonant apart", (french, english) => {
    expect(score(french, english)).toBe(0);
  });
});

describe("cognateScore on a short English root", () => {
  it.each([
    ["laxiste", "lax"],
    ["laxistes", "lax"],
  ])("links %s and %s: the French adds to the English root a suffix English spells too", (french, english) => {
    expect(score(french, english)).toBeGreaterThanOrEqual(0.7);
  });

  it.each([
    ["laxiste", "lap"],
    ["artistique", "art"],
    ["dentiste", "den"],
  ])("does not link %s and %s: another root, or a suffix that makes another word", (french, english) => {
    expect(score(french, english)).toBe(0);
  });
});
