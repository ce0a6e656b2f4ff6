import { describe, expect, it } from "vitest";
import { matchesOf } from "@/lib/text/text";

const asMatchAll = (text: string, regex: RegExp) => [...text.matchAll(regex)].map((match) => [match.index, ...match]);
const asMatchesOf = (text: string, regex: RegExp) => matchesOf(text, regex).map((match) => [match.index, ...match]);

describe("matchesOf", () => {
  it.each([
    ["words with their groups", "Le 14 juillet 1789, la Bastille.", /(\p{L}+)|(\d+)/gu],
    ["empty matches, stepping over a letter outside the BMP", "a𝒜b", /(?:)/gu],
    ["empty matches without the unicode flag", "a𝒜b", /x*/g],
    ["no match at all", "rien", /\d/g],
  ])("gives what matchAll gives: %s", (_, text, regex) => {
    expect(asMatchesOf(text, regex)).toEqual(asMatchAll(text, regex));
  });

  it("starts at the expression's lastIndex, as matchAll does, and leaves it there", () => {
    const regex = /\d/g;
    regex.lastIndex = 2;
    const expected = asMatchAll("1 2 3", regex);
    expect(asMatchesOf("1 2 3", regex)).toEqual(expected);
    expect(expected.map(([index]) => index)).toEqual([2, 4]);
    expect(regex.lastIndex).toBe(2);
  });

  it("refuses an expression without the global flag, as matchAll does", () => {
    expect(() => matchesOf("1", /\d/)).toThrow(TypeError);
  });
});
