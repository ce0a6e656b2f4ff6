import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyHunks, diffWords, sideBySide, toHunks, type DiffPart } from "@/lib/diff/word-diff";

const ARTICLE = readFileSync("/work/shared/fixtures/mokhiber-resignation.en.txt", "utf8");
const FIRST_PARAGRAPH = ARTICLE.slice(0, ARTICLE.indexOf("\n"));
const CORRECTED_PARAGRAPH = FIRST_PARAGRAPH.replace("the attack on Israel", "Israel's offensive against Gaza");

const joinSide = (parts: DiffPart[], side: "before" | "after") =>
  parts.filter((part) => part.kind === "equal" || part.kind === (side === "before" ? "delete" : "insert")).map((part) => part.text).join("");

describe("diffWords", () => {
  it("diffs the demo correction as one word hunk, not characters", () => {
    const hunks = toHunks(diffWords(FIRST_PARAGRAPH, CORRECTED_PARAGRAPH));
    expect(hunks).toEqual([
      {
        index: 0,
        before: "the attack on Israel",
        after: "Israel's offensive against Gaza",
        start: FIRST_PARAGRAPH.indexOf("the attack on Israel"),
        end: FIRST_PARAGRAPH.indexOf("the attack on Israel") + "the attack on Israel".length,
      },
    ]);
  });

  it.each([
    ["a word swap", "the attack on Israel.", "the offensive on Israel.", [["attack", "offensive"]]],
    ["a curly-apostrophe word", "as “genocide”, as well", "as “génocide”, as well", [["genocide", "génocide"]]],
    ["punctuation only", "he wrote in a letter.", "he wrote in a letter;", [[".", ";"]]],
    ["an insertion", "the Israeli bombings of Gaza", "the Israeli bombings of the Gaza Strip", [["", "the "], ["", " Strip"]]],
    ["a deletion", "It is about of a resignation letter", "It is a resignation letter", [["about of ", ""]]],
    ["a whole-word apostrophe", "Israel's offensive", "Israel’s offensive", [["Israel's", "Israel’s"]]],
  ])("yields word hunks for %s", (_name, before, after, expected) => {
    const hunks = toHunks(diffWords(before, after)).map((hunk) => [hunk.before, hunk.after]);
    expect(hunks).toEqual(expected);
  });

  it.each([
    ["identical text", FIRST_PARAGRAPH, FIRST_PARAGRAPH],
    ["both empty", "", ""],
    ["from empty", "", "Craig Mokhiber resigned."],
    ["to empty", "Craig Mokhiber resigned.", ""],
    ["changed spacing", "resigned at  the end\tof October", "resigned at the end of\u00a0October"],
    ["CRLF paragraphs", "First paragraph.\r\n\r\nSecond one.", "First paragraph!\n\nSecond one."],
    ["the whole article", ARTICLE, ARTICLE.replaceAll("Gaza", "the Gaza Strip").replace("diplomat", "  envoy ")],
  ])("reconstructs both texts byte for byte (%s)", (_name, before, after) => {
    const parts = diffWords(before, after);
    expect(joinSide(parts, "before")).toBe(before);
    expect(joinSide(parts, "after")).toBe(after);
    expect(parts.some((part) => part.text === "")).toBe(false);
  });
});

describe("applyHunks", () => {
  const before = "Craig Mokhiber, director of the New York office, resigned at the end of October.";
  const after = "Craig Mokhiber, head of the New York office, resigned in late October.";

  it.each([
    [[], before],
    [[0, 1], after],
    [[0], "Craig Mokhiber, head of the New York office, resigned at the end of October."],
    [[1], "Craig Mokhiber, director of the New York office, resigned in late October."],
  ])("accepting hunks %j gives the matching text", (accepted, expected) => {
    expect(toHunks(diffWords(before, after))).toHaveLength(2);
    expect(applyHunks(before, after, accepted)).toBe(expected);
  });

  it("keeps whitespace byte-exact when all hunks are accepted", () => {
    const spaced = "Mr.  High Commissioner,\twe are failing again.\r\n";
    const changed = "Mr. High Commissioner, we are  failing once more.\n";
    const count = toHunks(diffWords(spaced, changed)).length;
    expect(applyHunks(spaced, changed, [...Array(count).keys()])).toBe(changed);
    expect(applyHunks(spaced, changed, [])).toBe(spaced);
  });

  it.each([[-1], [2], [0.5]])("refuses hunk index %s that does not exist", (index) => {
    expect(() => applyHunks(before, after, [index])).toThrow(RangeError);
  });
});

describe("sideBySide", () => {
  it("puts deletions left, insertions right, and breaks rows at shared newlines", () => {
    const rows = sideBySide(diffWords("the attack on Israel.\n\nHe wrote.", "Israel's offensive against Gaza.\n\nHe wrote."));
    expect(rows).toHaveLength(3);
    expect(rows[0].before).toEqual([
      { kind: "delete", text: "the attack on Israel", hunkIndex: 0 },
      { kind: "equal", text: ".\n" },
    ]);
    expect(rows[0].after[0]).toEqual({ kind: "insert", text: "Israel's offensive against Gaza", hunkIndex: 0 });
    expect(rows[2].after).toEqual([{ kind: "equal", text: "He wrote." }]);
  });
});
