import { describe, expect, it } from "vitest";
import { snapToWords, splitHighlights } from "@/lib/documents/workspace-spans";

const ENGLISH = "the “complicity” of the Western governments in the attack on Israel.";

describe("splitHighlights", () => {
  it("gives back the text unchanged when nothing is highlighted", () => {
    expect(splitHighlights(ENGLISH, [])).toEqual([{ text: ENGLISH, ids: [] }]);
  });

  it("marks one span and keeps the text around it", () => {
    const start = ENGLISH.indexOf("attack on Israel");
    const pieces = splitHighlights(ENGLISH, [{ id: "a", start, end: start + "attack on Israel".length }]);
    expect(pieces).toEqual([
      { text: "the “complicity” of the Western governments in the ", ids: [] },
      { text: "attack on Israel", ids: ["a"] },
      { text: ".", ids: [] },
    ]);
  });

  it.each([
    ["overlapping spans", [{ id: "a", start: 4, end: 20 }, { id: "b", start: 10, end: 30 }]],
    ["a span past the end", [{ id: "a", start: 60, end: 500 }]],
    ["an empty or reversed span", [{ id: "a", start: 5, end: 5 }, { id: "b", start: 9, end: 3 }]],
  ])("always concatenates back to the text with %s", (_name, spans) => {
    expect(splitHighlights(ENGLISH, spans).map((piece) => piece.text).join("")).toBe(ENGLISH);
  });

  it("lists every issue that covers an overlapping piece", () => {
    const pieces = splitHighlights("abcdefghij", [{ id: "a", start: 0, end: 6 }, { id: "b", start: 3, end: 10 }]);
    expect(pieces).toEqual([
      { text: "abc", ids: ["a"] },
      { text: "def", ids: ["a", "b"] },
      { text: "ghij", ids: ["b"] },
    ]);
  });
});

describe("snapToWords", () => {
  it.each([
    ["a comma after the last word", "attack on Israel, he wrote", "attack on Israel,", "attack on Israel"],
    ["a semicolon and space", "the report; it said", "the report; ", "the report"],
    ["punctuation alone (a punctuation error is flagged as is)", "purges (…,) and", ",", ","],
  ])("leaves out %s at the edges of a span", (_name, text, selected, expected) => {
    const start = text.indexOf(selected);
    const snapped = snapToWords(text, start, start + selected.length);
    expect(text.slice(snapped.start, snapped.end)).toBe(expected);
  });

  it.each([
    ["a drag that cuts words", "ttack on Isr", "attack on Israel"],
    ["trailing spaces", " Western governments ", "Western governments"],
    ["an exact selection", "Western governments", "Western governments"],
    ["a double-click and shift-click that took the full stop after the last word", "attack on Israel.", "attack on Israel"],
    ["a selection starting on the space and comma-free quote mark", " “complicity” of", "“complicity” of"],
  ])("grows %s to whole words", (_name, selected, expected) => {
    const start = ENGLISH.indexOf(selected);
    const snapped = snapToWords(ENGLISH, start, start + selected.length);
    expect(ENGLISH.slice(snapped.start, snapped.end)).toBe(expected);
  });

  it.each([
    ["a word cut after a French elision", "l’offensive d’Israël contre Gaza", "ffe", "offensive"],
    ["a span that starts after the elision", "l’offensive israélienne contre Gaza", "offensive israélienne", "offensive israélienne"],
    ["a possessive left out of the span", "Israel's offensive", "Israel", "Israel"],
    ["half a hyphenated word", "a colonial ethno-nationalist ideology", "ethno-nation", "ethno-nationalist"],
  ])("completes %s without swallowing apostrophes", (_name, text, selected, expected) => {
    const start = text.indexOf(selected);
    const snapped = snapToWords(text, start, start + selected.length);
    expect(text.slice(snapped.start, snapped.end)).toBe(expected);
  });
});
