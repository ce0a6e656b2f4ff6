import { describe, expect, it } from "vitest";
import { entityStems, isSameStem } from "@/lib/qa/names/entity-stems";

// Names as nation-swaps and role-reversal pass them: folded, lower-cased, one entry per word.
const same = (french: string[], english: string[]) =>
  entityStems(french, "fr").some((a) => entityStems(english, "en").some((b) => isSameStem(a, b)));

describe("entity stems read the country table", () => {
  it.each([
    [["allemagne"], ["germany"]],
    [["royaume-uni"], ["united", "kingdom"]],
    [["suede"], ["swedes"]],
    [["chypre"], ["cypriots"]],
  ])("gives %j and %j one country", (french, english) => {
    expect(same(french, english)).toBe(true);
  });

  it.each([
    [["etats-unis"], ["united", "kingdom"]],
    [["niger"], ["nigeria"]],
    [["australie"], ["austrians"]],
  ])("keeps %j and %j apart", (french, english) => {
    expect(same(french, english)).toBe(false);
  });
});
