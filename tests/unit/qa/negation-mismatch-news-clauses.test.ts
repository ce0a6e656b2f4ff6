import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// How a French negation's clause is read in clean news text (issue 12): a fronted "jamais" past an aside,
// "have yet to", a negated word of exclusion said by a modal, "sans qu'aucun".
describe("negation-mismatch on the clause around a news negation", () => {
  it.each([
    ["Jamais depuis sa fondation en 1958 le syndicat, longtemps majoritaire chez les cheminots, n'avait perdu autant d'adhérents en un an.", "The union, long dominant among railway workers, lost more members in a year than at any time since it was founded in 1958."],
    ["Le chantier, évalué à près de trois milliards d'euros, n'a cependant pas encore reçu le feu vert qu'il attendait de la Commission européenne.", "The project, valued at nearly three billion euros, has yet to receive the green light it has been waiting for from the European Commission, however."],
    ["Le patron de Renault n'a pas exclu de fermer deux usines en Espagne si Madrid maintenait cette taxe en l'état.", "Renault's chief executive said the group could close two factories in Spain if the Spanish government kept the tax unchanged."],
    ["Des milliers de manifestants ont défilé samedi dans le centre de Lyon, sans qu'aucun débordement ne soit signalé par la préfecture.", "Thousands of protesters marched through central Lyon on Saturday, with the prefecture reporting no trouble."],
    // The negation said by "unable" beside its verb group, the negated word of prevention by its own rendering.
    ["La compagnie norvégienne n'a pas réussi à empêcher le fonds américain Harbor Capital de porter sa participation à 25 %, a reconnu son directeur général.",
      "The Norwegian company's chief executive admitted that it had been unable to stop US fund Harbor Capital from raising its stake to 25%."],
  ])("reads the negation of “%s” in “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Jamais depuis sa fondation en 1958 le syndicat, longtemps majoritaire chez les cheminots, n'avait perdu autant d'adhérents en un an.", "Since it was founded in 1958, the union, long dominant among railway workers, has lost this many members in a year.", "Jamais depuis sa fondation en 1958 le syndicat, longtemps majoritaire chez les cheminots, n'"],
    ["Le chantier, évalué à près de trois milliards d'euros, n'a cependant pas encore reçu le feu vert qu'il attendait de la Commission européenne.", "The project, valued at nearly three billion euros, has already received the green light it has been waiting for from the European Commission, however.", "n'a cependant pas"],
    ["Le patron de Renault n'a pas exclu de fermer deux usines en Espagne si Madrid maintenait cette taxe en l'état.", "Renault's chief executive ruled out closing two factories in Spain if the Spanish government kept the tax unchanged.", "n'a pas"],
    ["Des milliers de manifestants ont défilé samedi dans le centre de Lyon, sans qu'aucun débordement ne soit signalé par la préfecture.", "Thousands of protesters marched through central Lyon on Saturday, with the prefecture reporting trouble.", "sans"],
    ["La compagnie norvégienne n'a pas réussi à empêcher le fonds américain Harbor Capital de porter sa participation à 25 %, a reconnu son directeur général.",
      "The Norwegian company's chief executive admitted that it had managed to stop US fund Harbor Capital from raising its stake to 25%.", "n'a pas"],
  ])("still flags “%s” → “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
  });
});
