import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// A French word that says no by itself ("a exclu", "a refusé") rendered by its English counterpart
// under a negation ("did not rule out", "did not refuse"): the two English negatives cancel, and the
// English says yes where the French says no.
describe("negation-mismatch and a negated rendering of a French word that says no", () => {
  it.each([
    ["Le chancelier Friedrich Merz a exclu toute coopération avec l’AfD au Bundestag, même sur des votes ponctuels, lors d’un discours devant les cadres de la CDU dimanche à Berlin.",
      "Chancellor Friedrich Merz did not rule out cooperation with the AfD in the Bundestag, even on individual votes, in a speech to CDU officials in Berlin on Sunday.", "exclu", "not rule out"],
    ["Le syndicat a refusé de signer l'accord.", "The union did not refuse to sign the agreement.", "refusé", "not refuse"],
  ])("flags “%s” rendered “%s”", (source, target, french, english) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && sourceTextOf(finding, source)).toBe(french);
    expect(targetTextOf(finding, target)).toBe(english);
  });

  it.each([
    ["Le chancelier a exclu toute coopération avec l’AfD.", "The chancellor ruled out any cooperation with the AfD."],
    ["Le syndicat a refusé de signer l'accord.", "The union did not agree to sign the agreement."],
  ])("accepts “%s” rendered “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});

// The mirror: the French negation cancels its word saying no ("n'excluent pas", "n'a pas refusé"),
// and the English keeps that word's no with no negation of its own: the English says no where the French says yes.
describe("negation-mismatch and a French negated word that says no, rendered without its negation", () => {
  it.each([
    // Another negation on both sides: the English one renders the other French one, none is left for the cancelled word.
    ["Le meneur n'a plus joué depuis mars, mais le club n'exclut pas son retour avant la fin de la saison.",
      "The guard has not played since March, but the club is ruling out his return before the end of the season.", "exclut", "ruling out"],
    ["Le syndicat n'a jamais caché ses doutes, mais il n'a pas refusé de signer l'accord, selon la direction.",
      "The union never hid its doubts, but it refused to sign the agreement, according to management.", "refusé", "refused"],
  ])("flags “%s” rendered “%s”", (source, target, french, english) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && sourceTextOf(finding, source)).toBe(french);
    expect(targetTextOf(finding, target)).toBe(english);
  });

  it.each([
    ["Le meneur n'a plus joué depuis mars, mais le club n'exclut pas son retour avant la fin de la saison.",
      "The guard has not played since March, but the club is not ruling out his return before the end of the season."],
    ["Le syndicat n'a jamais caché ses doutes, mais il n'a pas refusé de signer l'accord, selon la direction.",
      "The union never hid its doubts, but it did not refuse to sign the agreement, according to management."],
    ["Le gouvernement n'a pas démenti ces informations.", "The government left the reports unchallenged."],
    // The negation is the other verb's ("ne puissions point"), or an English negator after the word says it ("spare no one").
    ["Nous ne pourrons pas vous épargner une deuxième fois.", "We may not have the chance to spare you a second time."],
    ["Prenez leurs villages et n'épargnez personne !", "Take their villages, and spare no one!"],
  ])("accepts “%s” rendered “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});
