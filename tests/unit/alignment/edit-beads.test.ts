import { describe, expect, it } from "vitest";
import {
  joinBeads,
  mergeBeads,
  moveFirstSentenceToPrevious,
  moveLastSentenceToNext,
  splitBead,
  type Bead,
  type BeadSide,
  type SpanIssue,
} from "@/lib/alignment/edit-beads";

/** A side as the aligner stores it: sentences joined by their own separators, the last one's kept apart. */
function side(sentences: string[], separator = "\n\n", inner = " "): BeadSide {
  if (sentences.length === 0) return { text: "", separator: "", breaks: [] };
  let text = "";
  const breaks: number[] = [];
  sentences.forEach((sentence, k) => {
    if (k > 0) breaks.push(text.length);
    text += sentence + (k < sentences.length - 1 ? inner : "");
  });
  return { text, separator, breaks };
}

const bead = (source: string[], target: string[]): Bead => ({ source: side(source), target: side(target) });

const RESIGNED: Bead = bead(["Craig Mokhiber a démissionné fin octobre."], ["Craig Mokhiber resigned at the end of October."]);
const DENOUNCES: Bead = bead(
  ["Il dénonce « un génocide » à Gaza.", "M. Türk n’a pas répondu."],
  ["He denounces “a genocide” in Gaza."],
);
const EVERY_WEEK: Bead = bead(
  ["Chaque semaine, des manifestants se rebellent contre l’offensive, et 1 400 personnes ont été arrêtées."],
  ["Every week, protesters rebel against the offensive.", "At least 1,400 people have been arrested."],
);
const ADAPTED: Bead = bead([], ["*This article was adapted from its original in French"]);

const issue = (bead: number, target: [number, number] | null, source: [number, number] | null = null, isOpen = true): SpanIssue => ({
  id: `issue-${bead}-${target?.join("-")}-${source?.join("-")}`,
  bead,
  isOpen,
  source: source && { start: source[0], end: source[1] },
  target: target && { start: target[0], end: target[1] },
});

describe("alignment edits keep every character", () => {
  it.each([
    ["merging a 1-1 with a 2-1", [RESIGNED, DENOUNCES], () => mergeBeads(RESIGNED, DENOUNCES, [])],
    ["merging a 1-2 with an added 0-1", [EVERY_WEEK, ADAPTED], () => mergeBeads(EVERY_WEEK, ADAPTED, [])],
    ["splitting a 2-1 after its first French sentence", [DENOUNCES], () => splitBead(DENOUNCES, "source", 0, [])],
    ["splitting a 1-2 after its first English sentence", [EVERY_WEEK], () => splitBead(EVERY_WEEK, "target", 0, [])],
    ["moving the first French sentence back", [RESIGNED, DENOUNCES], () => moveFirstSentenceToPrevious(RESIGNED, DENOUNCES, "source", [])],
    ["moving the last English sentence on", [EVERY_WEEK, ADAPTED], () => moveLastSentenceToNext(EVERY_WEEK, ADAPTED, "target", [])],
  ])("%s gives back the same French and English text", (_name, before, edit) => {
    expect(joinBeads(edit().beads)).toEqual(joinBeads(before));
  });
});

describe("merging beads", () => {
  it("joins texts with the first bead's separator, records the break and counts the kind", () => {
    const { beads } = mergeBeads(RESIGNED, DENOUNCES, []);
    expect(beads).toHaveLength(1);
    const [merged] = beads;
    expect(merged.kind).toBe("3-2");
    expect(merged.source.text).toBe("Craig Mokhiber a démissionné fin octobre.\n\nIl dénonce « un génocide » à Gaza. M. Türk n’a pas répondu.");
    expect(merged.source.breaks).toEqual([43, 78]);
    expect(merged.source.text.slice(78)).toBe("M. Türk n’a pas répondu.");
    expect(merged.target.separator).toBe("\n\n");
  });

  it("keeps an added sentence's text when merged into a 1-2, making a 1-3", () => {
    const [merged] = mergeBeads(EVERY_WEEK, ADAPTED, []).beads;
    expect(merged.kind).toBe("1-3");
    expect(merged.source).toEqual(EVERY_WEEK.source);
    expect(merged.target.text.endsWith("arrested.\n\n*This article was adapted from its original in French")).toBe(true);
  });

  it("rebases the second bead's issue spans after the first bead's text and separator", () => {
    const genocide = DENOUNCES.target.text.indexOf("a genocide");
    const { issues, beads } = mergeBeads(RESIGNED, DENOUNCES, [issue(1, [genocide, genocide + 10]), issue(0, [0, 5])]);
    const [moved, kept] = issues;
    expect(moved.bead).toBe(0);
    expect(beads[0].target.text.slice(moved.target!.start, moved.target!.end)).toBe("a genocide");
    expect(kept).toMatchObject({ bead: 0, target: { start: 0, end: 5 } });
  });
});

describe("splitting a bead", () => {
  it("turns a 2-1 into a 1-1 and a 1-0 when split on the French side", () => {
    const { beads } = splitBead(DENOUNCES, "source", 0, []);
    expect(beads.map((b) => b.kind)).toEqual(["1-1", "1-0"]);
    expect(beads[0].source).toEqual({ text: "Il dénonce « un génocide » à Gaza.", separator: " ", breaks: [] });
    expect(beads[1].source).toEqual({ text: "M. Türk n’a pas répondu.", separator: "\n\n", breaks: [] });
    expect(beads[1].target).toEqual({ text: "", separator: "", breaks: [] });
  });

  it("moves an issue on the second English sentence to the new segment with its span rebased", () => {
    const at = EVERY_WEEK.target.text.indexOf("1,400");
    const { beads, issues } = splitBead(EVERY_WEEK, "target", 0, [issue(0, [at, at + 5])]);
    expect(beads.map((b) => b.kind)).toEqual(["1-1", "0-1"]);
    expect(issues[0].bead).toBe(1);
    expect(beads[1].target.text.slice(issues[0].target!.start, issues[0].target!.end)).toBe("1,400");
  });

  it("refuses to cut an open issue's span in two, quoting the flagged text", () => {
    const end = EVERY_WEEK.target.text.indexOf("people");
    expect(() => splitBead(EVERY_WEEK, "target", 0, [issue(0, [6, end])])).toThrow(/open issue flags “week, protesters.*cut in two/);
  });

  it("refuses an open issue whose French and English spans would land in different segments", () => {
    const french = DENOUNCES.source.text.indexOf("M. Türk");
    expect(() => splitBead(DENOUNCES, "source", 0, [issue(0, [0, 2], [french, french + 7])])).toThrow(/different segments/);
  });

  it("clamps a dismissed issue's span to the part it starts in", () => {
    const end = EVERY_WEEK.target.text.length;
    const { issues } = splitBead(EVERY_WEEK, "target", 0, [issue(0, [6, end], null, false)]);
    expect(issues[0]).toMatchObject({ bead: 0, target: { start: 6, end: "Every week, protesters rebel against the offensive.".length } });
  });

  it.each([
    ["a break the side does not have", DENOUNCES, "target", 0],
    ["a negative break", DENOUNCES, "source", -1],
  ] as const)("refuses %s", (_name, input, sideName, breakIndex) => {
    expect(() => splitBead(input, sideName, breakIndex, [])).toThrow(/no boundary after sentence/);
  });
});

describe("moving a sentence to a neighbour", () => {
  it("moves the first French sentence back, leaving a 1-0 and a 2-1", () => {
    const { beads } = moveFirstSentenceToPrevious(RESIGNED, DENOUNCES, "source", []);
    expect(beads.map((b) => b.kind)).toEqual(["2-1", "1-1"]);
    expect(beads[0].source.text).toBe("Craig Mokhiber a démissionné fin octobre.\n\nIl dénonce « un génocide » à Gaza.");
    expect(beads[0].source.separator).toBe(" ");
    expect(beads[1].source.text).toBe("M. Türk n’a pas répondu.");
  });

  it("moves the last English sentence on, rebasing issues of both segments", () => {
    const at = EVERY_WEEK.target.text.indexOf("arrested");
    const adapted = issue(1, [1, 5]);
    const { beads, issues } = moveLastSentenceToNext(EVERY_WEEK, ADAPTED, "target", [issue(0, [at, at + 8]), adapted]);
    expect(beads.map((b) => b.kind)).toEqual(["1-1", "0-2"]);
    expect(issues.map((i) => i.bead)).toEqual([1, 1]);
    expect(beads[1].target.text.slice(issues[0].target!.start, issues[0].target!.end)).toBe("arrested");
    expect(beads[1].target.text.slice(issues[1].target!.start, issues[1].target!.end)).toBe("This");
  });

  it("refuses to empty a segment entirely, pointing to merge instead", () => {
    const single = bead(["Il a démissionné."], []);
    expect(() => moveFirstSentenceToPrevious(RESIGNED, single, "source", [])).toThrow(/merge the segments instead/);
  });

  it("refuses to move from a side that has no sentence", () => {
    expect(() => moveLastSentenceToNext(ADAPTED, RESIGNED, "source", [])).toThrow(/no French sentence to move/);
  });
});
