import { describe, expect, it } from "vitest";
import { expectOnlyFinding, findingsOf, sourceTextOf } from "./helpers";

// Issue 12: cities English writes with an "s" the French name lacks, or "ll" (Marseille/Marseilles,
// Tanger/Tangiers, Séville/Seville). The French dictionary renders them, so they must still read as
// names, not as French words.

describe("entity-mismatch on cities English spells with an s", () => {
  it.each([
    ["Le sommet se tiendra à Marseille en juin.", "The summit will be held in Lyon in June.", "Marseille", "Lyon"],
    ["Le ferry pour Tanger a été annulé à cause du vent.", "The ferry to Rabat was cancelled because of the wind.", "Tanger", "Rabat"],
    ["La procession a traversé Séville dimanche.", "The procession crossed Madrid on Sunday.", "Séville", "Madrid"],
    // A name of the target opening like the French city ("Marc"/"Marseille") does not stand for it.
    ["Le pape a nommé jeudi l'archevêque de Marseille, le cardinal Jean-Marc Aveline, à la tête du dicastère.",
      "The pope on Thursday appointed Cardinal Jean-Marc Aveline, the archbishop of Lyon, to head the dicastery.", "Marseille", "Lyon"],
    // Two cities of one country: the country's capital is no rendering of its other city.
    ["Le réseau aurait transféré plus de 40 millions d'euros vers Dubaï, selon le parquet.",
      "The network is suspected of transferring more than €40 million to Abu Dhabi, prosecutors said.", "Dubaï", "Abu"],
  ])("flags another city in the place of %j", (source, target, sourceName, targetName) => {
    expectOnlyFinding("entity-mismatch", source, target, sourceName, targetName);
  });

  it.each([
    ["Le sommet se tiendra à Marseille en juin.", "The summit will be held in Marseilles in June."],
    ["Le sommet se tiendra à Marseille en juin.", "The summit will be held in Marseille in June."],
    ["Le ferry pour Tanger a été annulé à cause du vent.", "The ferry to Tangiers was cancelled because of the wind."],
    ["Le ferry pour Tanger a été annulé à cause du vent.", "The ferry to Tangier was cancelled because of the wind."],
    ["La procession a traversé Séville dimanche.", "The procession crossed Seville on Sunday."],
    ["Le Premier ministre grec est rentré mardi à Athènes.", "The Greek prime minister returned to Athens on Tuesday."],
    ["Les musées de Naples rouvriront lundi.", "The museums of Naples will reopen on Monday."],
    ["Le réseau aurait transféré plus de 40 millions d'euros vers Dubaï, selon le parquet.",
      "The network is suspected of transferring more than €40 million to Dubai, prosecutors said."],
  ])("stays silent on the city's English name: %j → %j", (source, target) => {
    expect(findingsOf("entity-mismatch", source, target)).toEqual([]);
  });

  it("reports such a city left out where a preposition governs it", () => {
    const source = "Un suspect a été interpellé jeudi à Marseille.";
    const found = findingsOf("content-omission", source, "A suspect was arrested on Thursday.");
    expect(found.map((finding) => sourceTextOf(finding, source))).toEqual(["Marseille"]);
  });
});
