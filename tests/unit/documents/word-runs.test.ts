import { describe, expect, it } from "vitest";
import { findWords, splitHighlights, splitWords } from "@/lib/documents/workspace-spans";

const ENGLISH = "Western governments are complicit in the “attack on Israel”, he wrote on 28 October.";
const FRENCH = "l’offensive israélienne contre Gaza, écrit-il le 28 octobre.";

const words = (text: string) => findWords(text).map((word) => text.slice(word.start, word.end));

describe("findWords", () => {
  it.each([
    [ENGLISH, ["Western", "governments", "are", "complicit", "in", "the", "attack", "on", "Israel", "he", "wrote", "on", "28", "October"]],
    [FRENCH, ["l’offensive", "israélienne", "contre", "Gaza", "écrit-il", "le", "28", "octobre"]],
    ["1,400 people, 3.5 km", ["1,400", "people", "3.5", "km"]],
  ])("cuts %s into its words, leaving punctuation and quotes out", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe("splitWords", () => {
  it("gives every word its index and keeps the text between words as plain runs", () => {
    const text = "the attack, on";
    expect(splitWords(text, findWords(text), 0, text.length)).toEqual([
      { text: "the", word: 0, start: 0 },
      { text: " ", word: null, start: 3 },
      { text: "attack", word: 1, start: 4 },
      { text: ", ", word: null, start: 10 },
      { text: "on", word: 2, start: 12 },
    ]);
  });

  it("gives both halves of a word cut by a highlight the same index, and the runs rebuild the text", () => {
    const all = findWords(ENGLISH);
    const start = ENGLISH.indexOf("tack on Isr");
    const pieces = splitHighlights(ENGLISH, [{ id: "a", start, end: start + "tack on Isr".length }]);
    let offset = 0;
    const runs = pieces.flatMap((piece) => {
      const from = offset;
      offset += piece.text.length;
      return splitWords(ENGLISH, all, from, offset);
    });
    expect(runs.map((run) => run.text).join("")).toBe(ENGLISH);
    const attack = words(ENGLISH).indexOf("attack");
    expect(runs.filter((run) => run.word === attack).map((run) => run.text)).toEqual(["at", "tack"]);
  });
});
