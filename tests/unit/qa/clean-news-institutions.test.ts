import { describe } from "vitest";
import { itAcceptsEach } from "./helpers";

// How a news desk names French bodies in English (bench/meaning/news/dev8.json, dev9.json): by an
// English description, by the French acronym, or by the acronym spelled out.
describe("entity-mismatch: a French body named the English way", () => {
  itAcceptsEach("entity-mismatch", [
    // The French spells the name out, the English copies its acronym.
    ["L'Autorité des marchés financiers a infligé une amende de 20 millions d'euros à un fonds spéculatif londonien pour manipulation de cours.",
      "France's financial markets regulator, the AMF, has fined a London hedge fund €20 million for market manipulation."],
    // The French acronym spelled out in English, one word translated to another initial (culte/Faith).
    ["Le CFCM a élu dimanche un nouveau président, un imam bordelais de 52 ans.",
      "The French Council of the Muslim Faith on Sunday elected a new president, a 52-year-old imam from Bordeaux."],
    ["Un patient de 54 ans a reçu mardi au CHU de Rennes un rein prélevé sur son frère cadet.",
      "A 54-year-old patient at Rennes University Hospital received a kidney from his younger brother on Tuesday."],
  ]);
});

describe("name-mismatch and content-omission: a capitalised word of a body's name or of a common noun, rendered", () => {
  itAcceptsEach("name-mismatch", [
    ["Le gouvernement a présenté mercredi en Conseil des ministres trois projets de loi sur la simplification administrative.",
      "The government presented three bills on administrative simplification at Wednesday's cabinet meeting."],
    ["Ubisoft accuse un ancien développeur d'avoir divulgué sur Internet le code source d'un jeu encore inédit.",
      "Ubisoft accuses a former developer of leaking the source code of an unreleased game online."],
  ]);
  itAcceptsEach("content-omission", [
    ["Le président de la République et le chancelier allemand se rendront ensemble à Kiev lundi, a annoncé l'Élysée.",
      "The French president and the German chancellor will travel to Kyiv together on Monday, the Élysée announced."],
    ["Ubisoft a porté plainte contre un ancien développeur, qu'il accuse d'avoir divulgué sur Internet le code source d'un jeu encore inédit, a indiqué l'éditeur.",
      "Ubisoft has filed a complaint against a former developer it accuses of leaking the source code of an unreleased game online, the publisher said."],
  ]);
});
