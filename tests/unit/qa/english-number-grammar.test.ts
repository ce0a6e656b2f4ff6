import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

const spansOf = (source: string, target: string) => findingsOf("grammar", source, target).map((finding) => targetTextOf(finding, target));

// Number and word-order rules of English that French grammar leads a news translator to break.
describe("grammar: number and adverb position carried over from French", () => {
  it.each([
    ["Les informations ont été transmises au parquet.", "The informations were passed on to the prosecutor.", "The information was passed on to the prosecutor.", "informations"],
    ["L'hôpital attend de nouveaux équipements.", "The hospital is waiting for new equipments.", "The hospital is waiting for new equipment.", "equipments"],
    ["Les recherches sur le vaccin avancent.", "The researches on the vaccine are progressing.", "Research on the vaccine is progressing.", "researches"],
    ["La police a arrêté trois suspects.", "Police has arrested three suspects.", "Police have arrested three suspects.", "has"],
    ["D'autres pays pourraient suivre.", "Others countries could follow.", "Other countries could follow.", "Others"],
    ["Le plan coûtera 2,5 millions d'euros.", "The plan will cost 2.5 millions euros.", "The plan will cost 2.5 million euros.", "millions"],
    ["La région a perdu trois mille emplois.", "The region lost three thousands jobs.", "The region lost three thousand jobs.", "thousands"],
    ["Le ministre a annoncé hier la fermeture du site.", "The minister has yesterday announced the closure of the site.", "The minister announced the closure of the site yesterday.", "yesterday"],
    ["Les élèves prennent souvent le car scolaire.", "Pupils take often the school bus.", "Pupils often take the school bus.", "often"],
    ["Le maire consulte régulièrement les habitants.", "The mayor consults regularly the residents.", "The mayor regularly consults the residents.", "regularly"],
    ["Les personnes âgées sont particulièrement vulnérables pendant les canicules.", "Elderly people are particularly vulnerables during heatwaves.", "Elderly people are particularly vulnerable during heatwaves.", "vulnerables"],
    ["Les données personnelles seront supprimées.", "The personal datas will be deleted.", "The personal data will be deleted.", "datas"],
  ])("flags %j → %j, not its twin", (source, wrong, right, span) => {
    expect(spansOf(source, wrong)).toContain(span);
    expect(spansOf(source, right)).toEqual([]);
  });

  it.each([
    ["Des millions de personnes ont voté.", "Millions of people voted."],
    ["Des centaines d'agriculteurs ont manifesté.", "Hundreds of farmers protested, and thousands more watched."],
    ["Elle étudie l'évolution des prix.", "She researches the evolution of prices."],
    ["D'autres ont refusé.", "Others refused, as others always do."],
    ["Le ministre a dit souvent que la réforme était nécessaire.", "The minister said often the reform was necessary."],
    ["Le gouvernement a aujourd'hui annoncé un plan.", "The government has today announced a plan."],
    ["La police des frontières a été renforcée.", "The border police force has been reinforced."],
    ["Il est souvent le dernier à partir.", "He is often the last to leave."],
    ["La nouvelle est tombée lundi.", "The news was announced on Monday."],
    ["Les socialistes et les libéraux ont voté contre.", "Socialists, liberals and radicals voted against."],
    ["Les journaux régionaux perdent des lecteurs.", "Regional newspapers are losing readers, and nationals too."],
  ])("leaves edited English alone: %j → %j", (source, target) => {
    expect(spansOf(source, target)).toEqual([]);
  });
});
