import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

describe("role-reversal: persons read from the French verb (imperatives, inversion, agreement, “aller”)", () => {
  /** French, English with subject and object swapped, the source span, the target span, faithful English. */
  const SWAPS: Array<[string, string, string, string, string]> = [
    // An imperative's unspoken subject is the one addressed ("-ez") or the speakers ("-ons").
    ["Quant à vous, affrontez les orcs.", "The orcs must defeat you.", "affrontez les orcs", "orcs must defeat you", "You must defeat the orcs."],
    ["Laissons ce débat pour plus tard.", "The debate should save us for later.", "Laissons ce débat", "debate should save us", "We should save the debate for later."],
    // "aller" is an auxiliary of the verb group: "Je vais vous détruire".
    ["Je vais vous détruire, et ensuite, je m'occuperai des elfes.", "You will destroy me, then I will deal with the elves.", "Je vais vous détruire", "You will destroy me", "I will destroy you, then I will deal with the elves."],
  ];

  it.each(SWAPS)("flags %j rendered as %j", (source, target, sourceText, targetText) => {
    const [finding] = findingsOf("role-reversal", source, target);
    expect(sourceTextOf(finding, source)).toBe(sourceText);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(finding.message).toMatch(/subject and object are swapped/);
  });

  it.each(SWAPS)("accepts %j rendered faithfully", (source, _target, _sourceText, _targetText, faithful) => {
    expect(findingsOf("role-reversal", source, faithful)).toEqual([]);
  });

  it.each([
    // A pronoun hyphenated after its verb in a question is its subject: "servirez-vous".
    ["Me servirez-vous contre cette reine malfaisante ?", "I will serve you in fighting the evil queen?", "servirez-vous", "I will serve you"],
    // A comma ends the object: "us, humans of…" is no clause of its own.
    ["Nous connaissons les gens de votre espèce, humains du nord-ouest.", "Your kind knows us, humans of the west-north.", "Nous", "kind knows us"],
    // "the offer'll": a noun's contracted auxiliary opens the verb group.
    ["Euh, oui, très bien, j'écouterai ce que vous avez à dire.", "Well, fine, your offer’ll hear me.", "j'", "offer’ll hear me"],
  ])("flags the person acting in %j but only acted upon in %j", (source, target, sourceText, targetText) => {
    const [finding] = findingsOf("role-reversal", source, target);
    expect(sourceTextOf(finding, source)).toBe(sourceText);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(finding.message).toMatch(/nowhere acting/);
  });

  it.each([
    ["Me servirez-vous contre cette reine malfaisante ?", "You will serve me in fighting the evil queen?"],
    ["Nous connaissons les gens de votre espèce, humains du nord-ouest.", "We know your kind, humans of the west-north."],
    ["Euh, oui, très bien, j'écouterai ce que vous avez à dire.", "Well, fine, I’ll hear your offer."],
    // The object of "ask", "expect" is the subject of the infinitive after it.
    ["Il demande que vous rentriez à la cité.", "He asks you to come back to the city."],
    ["Je pensais que vous rejoindriez les rangs de Wesnoth, Li'sar ?", "I expected you to be on the side of Wesnoth, Li’sar?"],
    // "qui nous combat": the verb agrees with "qui", so "nous" is its object.
    ["Un nain qui nous combat, avec les elfes ?!", "A dwarf fighting against us with the elves?!"],
    // "-nous", "-moi" after an imperative are its objects.
    ["Aidez-nous, nous vous en prions !", "Help us, we beg you!"],
    ["Suivez-moi jusqu'au gué.", "Follow me to the ford."],
  ])("accepts %j rendered as %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
