import { describe, expect, it } from "vitest";
import { isSourceImplicitNegative } from "@/lib/qa/negation/negative-words";
import { isFrenchWord } from "@/lib/qa/negation/implicit-negation";
import { findingsOf, sourceTextOf } from "./helpers";

const word = (text: string) => ({ text, start: 0, end: text.length, isContent: true });

// A French verb that only looks prefixed ("desservir" is to serve a place, not "des-" + "servir") is no
// word that says no in any tense: as "desservir" is not, neither are "desserviront" nor "desservirait".
describe("isSourceImplicitNegative on conjugated verbs that only look prefixed", () => {
  it.each(["desserviront", "desservira", "desservirait", "desservaient"])("does not read “%s” as saying no", (form) => {
    expect(isSourceImplicitNegative(word(form), isFrenchWord)).toBe(false);
  });
});

describe("negation-mismatch on a negated verb that only looks prefixed", () => {
  it.each([
    ["Les TER ne desserviront plus la gare de Saint-Sulpice à partir de janvier, a annoncé la région.",
      "TER trains will now stop at Saint-Sulpice station from January, the region announced.", "ne desserviront plus"],
  ])("flags “%s” rendered affirmative as “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && sourceTextOf(finding, source)).toBe(negator);
  });
});
