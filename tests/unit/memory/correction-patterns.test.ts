import { describe, expect, it } from "vitest";
import { applyCorrectionPattern, applyCorrectionPatterns, findCorrectionPatterns } from "@/lib/memory/correction-patterns";

describe("findCorrectionPatterns", () => {
  it.each([
    ["Thank you, Mr. High Commissioner, for your report.", "Thank you, High Commissioner, for your report.", [{ find: "Mr. High Commissioner", replace: "High Commissioner" }]],
    ["Governments were complicit in the attack on Israel.", "Governments were complicit in Israel's offensive on Gaza.", [{ find: "the attack on Israel", replace: "Israel's offensive on Gaza" }]],
    ["It is about of a resignation letter.", "It is about a resignation letter.", [{ find: "of a resignation", replace: "a resignation" }]],
  ])("turns %j → %j into patterns with enough words around the change", (before, after, expected) => {
    expect(findCorrectionPatterns(before, after)).toEqual(expected);
  });

  it("finds nothing when the text did not change", () => {
    expect(findCorrectionPatterns("Same text.", "Same text.")).toEqual([]);
  });
});

describe("applyCorrectionPattern", () => {
  const pattern = { find: "Mr. High Commissioner", replace: "High Commissioner" };

  it("replaces every whole-word occurrence", () => {
    expect(applyCorrectionPattern("Mr. High Commissioner, we thank Mr. High Commissioner.", pattern)).toBe("High Commissioner, we thank High Commissioner.");
  });

  it("returns null when the pattern does not occur, or only inside a longer word", () => {
    expect(applyCorrectionPattern("The High Commissioner spoke.", pattern)).toBeNull();
    expect(applyCorrectionPattern("abc def", { find: "bc de", replace: "x" })).toBeNull();
  });

  it("leaves places that already say the replacement when the replacement contains the pattern", () => {
    const widen = { find: "the attack", replace: "the attack on Gaza" };
    expect(applyCorrectionPattern("They condemned the attack on Gaza.", widen)).toBeNull();
    expect(applyCorrectionPattern("They condemned the attack.", widen)).toBe("They condemned the attack on Gaza.");
  });

  it("applies several patterns in turn", () => {
    expect(applyCorrectionPatterns("Mr. High Commissioner saw the attack on Israel.", [pattern, { find: "the attack on Israel", replace: "Israel's offensive on Gaza" }]))
      .toBe("High Commissioner saw Israel's offensive on Gaza.");
  });
});
