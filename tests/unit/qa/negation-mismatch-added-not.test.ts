import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// An English "not" the French does not say: read through the French words on both sides of it.
describe("negation-mismatch on an English negation the French does not say", () => {
  it.each([
    // A French word that only looks negative ("impressionnés" is no "im-" of "pressionnés") rendered by its own cognate says no "not".
    ["Les visiteurs ont été impressionnés par la taille de la cathédrale.", "The visitors were not impressed by the size of the cathedral."],
    ["Oui, j'ai la potion d'invisibilité.", "Yes, I do not have the potion of invisibility."],
    // A free rendering the aligner barely links: the French verb of the negated auxiliary's family ("allez" for "will") is affirmative.
    ["Vous allez accomplir une tâche pour le bien des ondins.", "You will not complete a task for the good of the merfolk."],
    ["Vous allez maintenant payer pour vos méfaits.", "You will not now be held to account for your misdeeds."],
  ])("flags “%s” rendered as “%s”", (source, target) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && targetTextOf(finding, target)).toBe("not");
  });

  it.each([
    // The French says the negation with a word of its own.
    ["Nous refuserons de payer cette rançon.", "We will not pay this ransom."],
    ["Vous serez incapables de franchir la rivière.", "You will not be able to cross the river."],
    ["L'entrepôt est inaccessible depuis la crue.", "The warehouse has not been accessible since the flood."],
    ["Nous ne pourrons pas tenir ce fort bien longtemps.", "We will not hold this fort for long."],
    // "hors" of an exception is "not counting".
    ["Les catastrophes naturelles ont coûté 5 milliards d'euros aux assureurs français en 2024, hors dégâts causés par le cyclone Chido à Mayotte, a indiqué mardi France Assureurs.",
      "Natural disasters cost French insurers 5 billion euros in 2024, not counting damage from Cyclone Chido in Mayotte, industry body France Assureurs said on Tuesday."],
  ])("does not flag “%s” rendered as “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});

// "ever", "any", "free" say no only as the rendering of the negator's own words, not of the word it negates.
describe("negation-mismatch on a weak English word that renders the negated word", () => {
  it.each([
    ["Ils travaillent la terre sans jamais prendre part aux récoltes.", "They work the land but do ever take part in the harvest.", "sans"],
    ["Ces artisans ne travaillent pas gratuitement.", "These craftsmen do work for free.", "ne travaillent pas"],
  ])("flags “%s” rendered as “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && sourceTextOf(finding, source)).toBe(negator);
  });

  it.each([
    ["Ils travaillent la terre sans jamais prendre part aux récoltes.", "They work the land without ever taking part in the harvest."],
    ["Les prix n'ont jamais été aussi bas.", "Prices are lower than ever."],
  ])("does not flag “%s” rendered as “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});
