import { describe, it } from "vitest";
import { expectFlaggedNotTwin } from "./helpers";

// Newsroom pairs (health, transport, education, local politics) where a French body, office, region or
// compound place name is rendered as a different real one, each beside its faithful twin.
describe("entity-mismatch on known bodies and compound names", () => {
  it.each([
    // A body's whole name against another's: the word-by-word pairing sees "santé"/"Health" and stops there.
    ["La Haute Autorité de santé a rendu un avis favorable au nouveau vaccin contre la bronchiolite.",
      "The World Health Organization gave a favourable opinion on the new bronchiolitis vaccine.",
      "The French National Authority for Health gave a favourable opinion on the new bronchiolitis vaccine.", "World Health Organization", "Haute Autorité de santé"],
    // Offices named by common words: the President of the Republic is not the Prime Minister.
    ["Le président de la République a inauguré jeudi le nouveau pont sur la Loire.",
      "The Prime Minister on Thursday opened the new bridge over the Loire.",
      "The President on Thursday opened the new bridge over the Loire.", "Prime Minister", "président"],
    ["Le ministre de l'Intérieur a présenté mercredi le bilan annuel de la sécurité routière.",
      "The finance minister on Wednesday presented the annual road safety figures.",
      "The interior minister on Wednesday presented the annual road safety figures.", "finance minister", "ministre de l'Intérieur"],
    // Regions whose names the aligner pairs with nothing.
    ["La région Hauts-de-France financera la moitié du nouveau lycée agricole de Douai.",
      "The Grand Est region will fund half of the new agricultural high school in Douai.",
      "The Hauts-de-France region will fund half of the new agricultural high school in Douai.", "Grand Est", "Hauts-de-France"],
    // A compound name linked for its shared part, its other part a different city.
    ["La ligne ferroviaire Paris-Clermont sera modernisée d'ici 2027, a promis la ministre des Transports.",
      "The Paris-Limoges rail line will be upgraded by 2027, the transport minister promised.",
      "The Paris-Clermont rail line will be upgraded by 2027, the transport minister promised.", "Paris-Limoges", "Paris-Clermont"],
  ])("flags %j rendered %j, not its twin", (source, wrong, right, targetText, sourceText) => {
    expectFlaggedNotTwin("entity-mismatch", source, wrong, right, targetText, sourceText);
  });
});
