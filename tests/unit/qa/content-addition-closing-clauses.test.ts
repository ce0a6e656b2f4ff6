import { describe, expect, it } from "vitest";
import { logRatio } from "@/lib/qa/gaps/length-ratio";
import { findingsOf, targetTextOf } from "./helpers";

// A clause of two content words set off by a comma at the sentence's end, none of whose words the French
// renders, with nothing left in the French after the last rendered word: added, though short and in a
// target no longer than the document's usual.

describe("content-addition on a short clause closing the sentence", () => {
  it.each([
    ["La motion de censure a été rejetée mardi. Le texte a recueilli 250 voix contre 300.",
      "The no-confidence motion was rejected on Tuesday. It received 250 votes to 300, with the left abstaining.", "with the left abstaining"],
    ["La loi a été promulguée vendredi. Le texte entre en vigueur le 1er janvier.", "The law was enacted on Friday. It takes effect on 1 January, with few exceptions.", "with few exceptions"],
  ])("flags %j rendered %j", (source, target, added) => {
    // A document whose English runs long: this target is no longer than its usual ratio.
    const documentStats = { medianLogRatio: logRatio({ id: "x", source, target })!, madLogRatio: 0.1, count: 50 };
    const [finding, ...rest] = findingsOf("content-addition", source, target, { documentStats });
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(added);
  });

  it("accepts the clause when the French says it", () => {
    const source = "La motion de censure a été rejetée mardi. Le texte a recueilli 250 voix contre 300, la gauche s'abstenant.";
    const target = "The no-confidence motion was rejected on Tuesday. It received 250 votes to 300, with the left abstaining.";
    const documentStats = { medianLogRatio: logRatio({ id: "x", source, target })!, madLogRatio: 0.1, count: 50 };
    expect(findingsOf("content-addition", source, target, { documentStats })).toEqual([]);
  });
});
