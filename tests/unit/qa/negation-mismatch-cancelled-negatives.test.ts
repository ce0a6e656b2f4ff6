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
