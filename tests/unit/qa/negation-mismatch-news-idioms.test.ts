import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// News English says a French negation with a verb and its particle, or a record with a superlative.
describe("negation-mismatch on a verb that says no with its particle", () => {
  it.each([
    ["L'opposition n'a pas réussi à faire tomber le gouvernement.", "The opposition fell short of toppling the government."],
    ["Les négociations entre les syndicats et la direction n'ont pas abouti.", "Talks between the unions and management broke down."],
  ])("reads the negation of “%s” in “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["L'opposition n'a pas réussi à faire tomber le gouvernement.", "The opposition succeeded in toppling the government.", "n'a pas"],
    ["Les négociations entre les syndicats et la direction n'ont pas abouti.", "Talks between the unions and management succeeded.", "n'ont pas"],
  ])("still flags “%s” rendered affirmative as “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
  });
});

describe("negation-mismatch on a record said by a superlative or a span of years", () => {
  it.each([
    ["Le chômage n'a jamais été aussi bas depuis quinze ans.", "Unemployment is at a fifteen-year low."],
    ["Le prix de l'essence n'a jamais été aussi élevé depuis 2012.", "Petrol prices are at their highest since 2012."],
  ])("reads the record of “%s” in “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it("still flags the record said as a plain level", () => {
    expect(findingsOf("negation-mismatch", "Le chômage n'a jamais été aussi bas depuis quinze ans.", "Unemployment has been this low for fifteen years.")).toHaveLength(1);
  });
});

describe("negation-mismatch on a verb of rejection or breach", () => {
  it.each([
    ["Le conseil n'a pas approuvé le budget.", "The council voted down the budget."],
    ["Le Sénat n'a pas adopté la réforme.", "The Senate threw out the reform."],
    ["Le candidat ne s'est pas qualifié pour le second tour.", "The candidate was knocked out in the first round."],
    ["Le gouvernement n'a pas respecté ses engagements.", "The government reneged on its commitments."],
  ])("reads the negation of “%s” in “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Le conseil n'a pas approuvé le budget.", "The council approved the budget."],
    ["Le Sénat n'a pas adopté la réforme.", "The Senate adopted the reform."],
    ["Le gouvernement n'a pas respecté ses engagements.", "The government kept its commitments."],
  ])("still flags “%s” rendered “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toHaveLength(1);
  });
});

describe("negation-mismatch on an English “not” before the opposite of a French word", () => {
  it.each([
    ["La grève a été de courte durée.", "The strike did not last long."],
    ["Il est rare qu'un ministre démissionne.", "Ministers do not often resign."],
    ["Les chances de succès sont minces.", "The chances of success are not great."],
    ["Les deux camps restent éloignés sur la question des salaires.", "The two sides are still not close on wages."],
    ["Le suspect reste introuvable.", "The suspect has still not been found."],
    ["Le joueur a été écarté du groupe.", "The player was not selected for the squad."],
    ["Les recettes restent en deçà des prévisions.", "Revenue has not met forecasts."],
    ["Le gouvernement a mis fin à la gratuité des masques.", "Masks will no longer be free."],
    ["Les syndicats ont quitté la table des négociations.", "The unions are no longer at the negotiating table."],
  ])("reads “%s” in the negation of “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["La grève a été de longue durée.", "The strike did not last long."],
    ["Il est fréquent qu'un ministre démissionne.", "Ministers do not often resign."],
    ["Les chances de succès sont grandes.", "The chances of success are not great."],
    ["Le suspect a été retrouvé.", "The suspect has still not been found."],
    ["Le gouvernement a maintenu la gratuité des masques.", "Masks will no longer be free."],
    ["Les syndicats sont restés à la table des négociations.", "The unions are no longer at the negotiating table."],
  ])("still flags the negation added to “%s” in “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toHaveLength(1);
  });
});

describe("negation-mismatch on a negated denial, a record, a skipped meeting and severed ties", () => {
  it.each([
    ["Le gouvernement n'a pas démenti ces informations.", "The government left the reports unchallenged."],
    ["Ce niveau n'avait jamais été atteint.", "This is a record level."],
    ["Le dirigeant ne s'est pas rendu au sommet.", "The leader skipped the summit."],
  ])("reads the negation of “%s” in “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Le gouvernement n'a pas démenti ces informations.", "The government denied the reports."],
    ["Ce niveau n'avait jamais été atteint.", "This level has often been reached."],
    ["Il n'a jamais battu de record.", "He broke a record."],
    ["Le dirigeant ne s'est pas rendu au sommet.", "The leader attended the summit."],
    ["Les deux pays ne rompront plus leurs relations.", "The two countries severed their relations."],
  ])("still flags “%s” rendered “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toHaveLength(1);
  });
});

describe("negation-mismatch on a stalled case, a divisive reform and an unknown cause", () => {
  it.each([
    ["Le dossier n'avance pas.", "The case has stalled."],
    ["Les deux parties ne sont pas parvenues à s'entendre.", "The two sides remain deadlocked."],
    ["La réforme ne fait pas l'unanimité au sein de la majorité.", "The reform is divisive within the majority."],
    ["Le projet ne fait pas consensus.", "The project is controversial."],
    ["Les autorités ne savent toujours pas ce qui a provoqué l'incendie.", "The cause of the fire remains a mystery."],
    ["Les autorités ne savent toujours pas ce qui a provoqué l'incendie.", "Authorities are still in the dark about what caused the fire."],
  ])("reads the negation of “%s” in “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Le dossier n'avance pas.", "The case is progressing."],
    ["La réforme ne fait pas l'unanimité au sein de la majorité.", "The reform is unanimously backed within the majority."],
    ["Les autorités ne savent toujours pas ce qui a provoqué l'incendie.", "Authorities now know what caused the fire."],
  ])("still flags “%s” rendered “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toHaveLength(1);
  });
});
