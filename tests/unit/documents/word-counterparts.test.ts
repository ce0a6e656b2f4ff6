import { describe, expect, it } from "vitest";
import { findCounterparts } from "@/lib/documents/word-counterparts";
import type { WordAlignment } from "@/lib/word-align/types";

const SOURCE = "l'offensive israélienne contre Gaza";
const TARGET = "the Israeli offensive against Gaza";

function word(text: string, within: string) {
  const start = within.indexOf(text);
  return { text, start, end: start + text.length, isContent: true };
}

// A hand-made alignment: the aligner's output is another module's business, its shape is the contract.
const ALIGNMENT: WordAlignment = {
  source: ["offensive", "israélienne", "contre", "Gaza"].map((text) => word(text, SOURCE)),
  target: ["the", "Israeli", "offensive", "against", "Gaza"].map((text) => word(text, TARGET)),
  links: [
    { source: 0, target: 2, score: 0.9 },
    { source: 1, target: 1, score: 0.7 },
    { source: 3, target: 4, score: 1 },
    { source: 3, target: 4, score: 0.5 },
  ],
};

describe("findCounterparts", () => {
  it("finds the English word a hovered French word is linked to", () => {
    const found = findCounterparts(ALIGNMENT, "source", SOURCE.indexOf("offensive"), SOURCE.indexOf("offensive") + 9);
    expect(found?.word.text).toBe("offensive");
    expect(found?.counterparts.map((counterpart) => counterpart.text)).toEqual(["offensive"]);
  });

  it("works from the English side too, and lists a word linked twice once", () => {
    const at = TARGET.indexOf("Gaza");
    expect(findCounterparts(ALIGNMENT, "target", at, at + 4)?.counterparts.map((counterpart) => counterpart.text)).toEqual(["Gaza"]);
    expect(findCounterparts(ALIGNMENT, "target", TARGET.indexOf("Israeli"), TARGET.indexOf("Israeli") + 2)?.counterparts.map((c) => c.text)).toEqual(["israélienne"]);
  });

  it("answers no counterpart for an unlinked word, and null where the aligner has no word", () => {
    expect(findCounterparts(ALIGNMENT, "source", SOURCE.indexOf("contre"), SOURCE.indexOf("contre") + 6)).toEqual({ side: "source", word: ALIGNMENT.source[2], counterparts: [] });
    expect(findCounterparts(ALIGNMENT, "source", 0, 1)).toBeNull();
  });
});
