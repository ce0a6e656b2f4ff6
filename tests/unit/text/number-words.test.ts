import { describe, expect, it } from "vitest";
import { hyphenatedCardinal, spelledNumberValues } from "@/lib/text/number-words";

describe("hyphenatedCardinal", () => {
  it.each([
    ["dix-neuf", "fr", 19], ["vingt-et-un", "fr", 21], ["soixante-douze", "fr", 72], ["quatre-vingt-dix", "fr", 90], ["quatre-vingts", "fr", 80],
    ["deux-cents", "fr", 200], ["trois-cent-vingt", "fr", 320], ["septante-deux", "fr", 72], ["twenty-three", "en", 23], ["ninety-nine", "en", 99],
  ] as const)("reads %j as %i", (folded, language, value) => {
    expect(hyphenatedCardinal(folded, language)).toBe(value);
  });

  it.each([["dix", "fr"], ["trois-mats", "fr"], ["vingt-troisieme", "fr"], ["well-known", "en"]] as const)("has no value for %j", (folded, language) => {
    expect(hyphenatedCardinal(folded, language)).toBeUndefined();
  });

  it("gives the aligner a hyphenated cardinal's value beside the listed words'", () => {
    expect(spelledNumberValues("dix-neuf", "fr")).toEqual([19]);
    expect(spelledNumberValues("trentaine", "fr")).toEqual([30]);
  });
});
