import { describe, expect, it } from "vitest";
import { cognateScore } from "@/lib/word-align/cognates";
import { wordInfo } from "@/lib/word-align/words";

const score = (french: string, english: string) => cognateScore(wordInfo(french, "source"), wordInfo(english, "target"));

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
    ["garnison", "garrison"],
  ])("does not link %s and %s: too short, or a consonant apart", (french, english) => {
    expect(score(french, english)).toBe(0);
  });
});
