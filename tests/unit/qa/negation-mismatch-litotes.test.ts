import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// Litotes say yes with two negatives: "n'en reste pas moins", "ne devrait pas tarder à", "no small
// feat", "not to mention". Rendered plainly, they keep their polarity (Wesnoth's clean alarms).
describe("negation-mismatch and litotes", () => {
  it.each([
    ["Les elfes sont certes les seigneurs de la forêt, mais les cavaliers n'en sont pas moins puissants.",
      "Elves may be the lords of the forest, but horsemen are powerful as well."],
    ["La réforme est impopulaire, mais elle n'en reste pas moins nécessaire, a estimé la ministre.",
      "The reform is unpopular, but it is still necessary, the minister said."],
    ["Les prix ne vont pas tarder à augmenter, prévient l'Insee.", "Prices will rise before long, Insee warns."],
    ["Nous sommes largement plus nombreux que les orcs, et en plus ils sont en train de s'entre-tuer.",
      "We easily outnumber the orcs, not to mention that they are killing each other."],
    ["Qualifier l'équipe pour la finale a été un véritable exploit.",
      "Getting the team into the final was no small feat."],
    ["Les trolls sont battus, ces adversaires étaient coriaces.",
      "The trolls are beaten, but they were no easy opponents."],
    ["Il n'est pas rare que les vins d'Alsace se vendent plus cher à Tokyo qu'à Strasbourg, a relevé mardi l'interprofession.",
      "Alsace wines commonly sell for more in Tokyo than in Strasbourg, the trade body noted on Tuesday."],
  ])("accepts the litotes of “%s” rendered as “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Le gouvernement ne devrait pas annoncer de nouvelles mesures.", "The government should soon announce new measures.", "ne devrait pas"],
    ["Les cavaliers ne sont pas puissants.", "The horsemen are powerful.", "ne sont pas"],
  ])("still flags a plain negation lost in “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && sourceTextOf(finding, source)).toBe(negator);
  });

  it.each([
    ["Le gouvernement a annoncé de nouvelles mesures.", "The government did not announce new measures.", "not"],
    ["Qualifier l'équipe pour la finale a été un véritable exploit.", "Getting the team into the final was no feat.", "no"],
  ])("still flags a negation added to “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && targetTextOf(finding, target)).toBe(negator);
  });
});
