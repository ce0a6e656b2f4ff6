import { describe, expect, it } from "vitest";
import { isTargetImplicitNegative } from "@/lib/qa/negation/negative-words";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// The aligner links conjugated French verbs to inflected English ones through their lemmas, so the
// checks that read an argument or a negation through the verb link now see these sentences.
describe("checks reading through inflected verb links", () => {
  it.each([
    ["Les soldats ont détruit le village.", "The village destroyed the soldiers.", "soldats ont détruit", "destroyed the soldiers"],
    ["L'armée a vaincu les insurgés.", "The insurgents defeated the army.", "armée a vaincu", "defeated the army"],
  ])("role-reversal flags %j rendered as %j", (source, target, sourceText, targetText) => {
    const [finding] = findingsOf("role-reversal", source, target);
    expect(sourceTextOf(finding, source)).toBe(sourceText);
    expect(targetTextOf(finding, target)).toBe(targetText);
  });

  it("negation-mismatch names the English verb that lost the negation", () => {
    const [source, target] = ["Les rebelles n'ont pas détruit le pont.", "The rebels destroyed the bridge."];
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe("n'ont pas");
    expect(targetTextOf(finding, target)).toBe("destroyed");
  });

  it.each([
    // Verbs conjugated with être are active in their compound tenses.
    ["La délégation était partie la veille pour Bruxelles.", "The delegation had left for Brussels the day before."],
    ["Le président est arrivé à Berlin avec ses conseillers.", "The president arrived in Berlin with his advisers."],
    // "seems" takes no object: the noun after it opens a clause.
    ["Les ministres semblent avoir compris le message.", "It seems the ministers understood the message."],
  ])("role-reversal accepts %j rendered as %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });

  it.each([
    // Older English puts "not" after the verb and its object pronoun.
    ["Ces rumeurs ne sont rien d'autre que du bruit et nous ne les craignons pas.", "These rumours are mere noise and we fear them not."],
    ["Les victimes seront vengées, a promis le président.", "The victims will not go unavenged, the president promised."],
    ["Vous avez vu les résultats du scrutin !", "Did you not see the results of the vote!"],
    ["J'ignorais que le ministre avait démissionné.", "I didn't know the minister had resigned."],
  ])("negation-mismatch accepts %j rendered as %j", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it("reads an adverb or noun in -lessly, -lessness as saying no by itself", () => {
    for (const text of ["mindlessly", "recklessness", "homeless"]) expect(isTargetImplicitNegative({ text, start: 0, end: text.length, isContent: true })).toBe(true);
    expect(isTargetImplicitNegative({ text: "lesson", start: 0, end: 6, isContent: true })).toBe(false);
  });
});
