import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// Newsroom renderings of a French negation that say it with a positive word (clean news text, issue 12).
describe("negation-mismatch on idioms of news English", () => {
  it.each([
    ["Il n'a pas hésité à plonger dans la Seine pour sauver un enfant tombé d'une péniche.", "He was quick to dive into the Seine to rescue a child who had fallen from a barge."],
    ["La direction ne s'est pas opposée à l'ouverture de négociations sur le télétravail.", "Management agreed to open talks on working from home."],
    ["« Ce n'est pas une petite réforme », a reconnu la Première ministre devant les députés.", "\"This is a major reform,\" the prime minister admitted to MPs."],
    ["Des centaines d'agriculteurs ont bloqué l'autoroute pour protester contre la hausse du prix du gazole non routier.", "Hundreds of farmers blocked the motorway in protest at the rising price of agricultural diesel."],
  ])("reads the negation of “%s” in the positive word of “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Il n'a pas hésité à plonger dans la Seine pour sauver un enfant tombé d'une péniche.", "He hesitated to dive into the Seine to rescue a child who had fallen from a barge.", "n'a pas"],
    ["La direction ne s'est pas opposée à l'ouverture de négociations sur le télétravail.", "Management opposed the opening of talks on working from home.", "ne s'est pas"],
    ["« Ce n'est pas une petite réforme », a reconnu la Première ministre devant les députés.", "\"This is a small reform,\" the prime minister admitted to MPs.", "n'est pas"],
    ["Les travaux non autorisés seront sanctionnés par la mairie.", "Authorised works will be penalised by the town hall.", "non"],
  ])("still flags “%s” rendered affirmative as “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
  });
});

describe("negation-mismatch on antonyms and hedges of news English", () => {
  it.each([
    ["Le conducteur du car, qui transportait une cinquantaine de collégiens, n'a pas survécu à ses blessures.", "The driver of the coach, which was carrying around 50 schoolchildren, died of his injuries."],
    ["La maison Hermès ne connaît pas la crise : ses ventes ont encore bondi de 15 % au premier trimestre.", "Hermès is shrugging off the downturn, with sales jumping another 15% in the first quarter."],
    ["Le feu de forêt, parti d'un barbecue mal éteint, a ravagé 600 hectares de pins dans les Landes.", "The forest fire, started by a barbecue that was not properly put out, destroyed 600 hectares of pine trees in the Landes."],
  ])("reads the negation of “%s” in “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Le conducteur du car, qui transportait une cinquantaine de collégiens, n'a pas survécu à ses blessures.", "The driver of the coach, which was carrying around 50 schoolchildren, survived his injuries.", "n'a pas"],
    ["La maison Hermès ne connaît pas la crise : ses ventes ont encore bondi de 15 % au premier trimestre.", "Hermès is feeling the downturn, with sales jumping another 15% in the first quarter.", "ne connaît pas"],
    ["Le feu de forêt, parti d'un barbecue bien éteint, a ravagé 600 hectares de pins dans les Landes.", "The forest fire, started by a barbecue that was not properly put out, destroyed 600 hectares of pine trees in the Landes.", null],
  ])("still flags “%s” → “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding).toBeDefined();
    if (negator) expect(sourceTextOf(finding, source)).toBe(negator);
  });
});

describe("negation-mismatch on a bare “pas moins de”", () => {
  const SOURCE = "Pas moins de 800 000 sangliers ont été abattus lors de la dernière saison, un record.";

  it("reads “pas moins de” as “as many as”, a quantity and no negation", () => {
    expect(findingsOf("negation-mismatch", SOURCE, "As many as 800,000 wild boar were shot last season, a record.")).toEqual([]);
  });

  it("still flags the negation of the verb beside it when the English drops it", () => {
    const source = "Pas moins de 800 000 sangliers n'ont pas été abattus lors de la dernière saison.";
    expect(findingsOf("negation-mismatch", source, "As many as 800,000 wild boar were shot last season.")).toHaveLength(1);
  });
});

describe("negation-mismatch on a record said by a comparative", () => {
  const SOURCE = "Les promoteurs n'ont jamais mis en vente aussi peu de logements neufs depuis trente ans.";

  it("reads “jamais aussi peu” as “fewer than at any time”", () => {
    expect(findingsOf("negation-mismatch", SOURCE, "Developers have put fewer new homes on sale than at any time in the last 30 years.")).toEqual([]);
  });

  it("still flags it said with neither a negation nor a record", () => {
    expect(findingsOf("negation-mismatch", SOURCE, "Developers have put so few new homes on sale in 30 years.")).toHaveLength(1);
  });
});
