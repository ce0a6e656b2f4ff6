import { describe, expect, it } from "vitest";
import { findingsOf, itAcceptsEach, sourceTextOf } from "./helpers";

// A ceiling or a source the English leaves out (bench/meaning/news/dev11.json): the English then
// states as a fact, or as a fixed figure, what the French bounds or attributes.
describe("content-omission: “jusqu’à” before a figure, and “selon …”, rendered nowhere", () => {
  it.each([
    ["Nvidia va investir jusqu’à 100 milliards de dollars dans OpenAI pour construire des centres de données.",
      "Nvidia will invest $100 billion in OpenAI to build data centres.", "jusqu’à"],
    ["Des rafales atteignant 207 km/h ont été enregistrées dans la nuit à la pointe du Raz, dans le Finistère, selon Météo-France.",
      "Gusts of up to 207 km/h were recorded overnight at the Pointe du Raz in Finistère.", "selon Météo-France"],
  ])("flags %j rendered %j at %j", (source, target, sourceText) => {
    const findings = findingsOf("content-omission", source, target);
    expect(findings.map((finding) => sourceTextOf(finding, source))).toEqual([sourceText]);
  });
  itAcceptsEach("content-omission", [
    ["Nvidia va investir jusqu’à 100 milliards de dollars dans OpenAI pour construire des centres de données.",
      "Nvidia will invest up to $100 billion in OpenAI to build data centres."],
    ["Le contrat de l’entraîneur court jusqu’à 2030, a annoncé le club.", "The coach's contract runs until 2030, the club announced."],
    ["Des rafales atteignant 207 km/h ont été enregistrées dans la nuit à la pointe du Raz, dans le Finistère, selon Météo-France.",
      "Gusts of up to 207 km/h were recorded overnight at the Pointe du Raz in Finistère, according to Météo-France."],
    // An attribution turned into a verb of saying or showing.
    ["Le Rassemblement national arrive en tête dans 12 des 13 régions métropolitaines, selon les projections.",
      "The National Rally comes first in 12 of the 13 mainland regions, projections show."],
    ["Les prix varient fortement selon les régions, a indiqué l’Insee.", "Prices vary widely from region to region, Insee said."],
  ]);
});

describe("content-omission: “jusqu’à” and “selon” that bound or cite nothing", () => {
  itAcceptsEach("content-omission", [
    ["Il fuit jusqu'à une ruine abandonnée dans la forêt pour rallier ses compagnons.", "He fled to an abandoned ruin in the forest to rally his fellow peasants."],
    ["Les créatures ont été occupées à souiller les eaux en aménageant la baie selon leur goût.", "The creatures have been busy fouling the waters and making the bay more to their liking."],
  ]);
});

describe("content-omission: an attribution recast, its source made the subject", () => {
  itAcceptsEach("content-omission", [
    ["Près de 300 kilos de cocaïne ont été saisis dans un conteneur au port du Havre, selon les douanes.",
      "Customs officers seized nearly 300 kilos of cocaine from a container at the port of Le Havre."],
  ]);
});
