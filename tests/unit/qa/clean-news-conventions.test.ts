import { describe, expect, it } from "vitest";
import { findingsOf, itAcceptsEach } from "./helpers";

// French news conventions an English desk renders its own way (bench/meaning/news/dev11.json): a
// capitalised number naming a body, "État" as a common noun, a bound said by a verb, a people-word
// rendered by its land, a hyphenated place with one part translated, an approximate number word.
describe("name-mismatch: a capitalised number is no name", () => {
  itAcceptsEach("name-mismatch", [
    ["Le budget devra être approuvé à l’unanimité par les Vingt-Sept.", "The budget will need the unanimous approval of the 27 member states."],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le budget devra être approuvé par les Vingt-Sept et par le Parlement européen.", "The budget will need the approval of the 27 member states and of the European Parliament."],
  ]);
  it("still has the number check compare it", () => {
    expect(findingsOf("number-mismatch", "Le budget devra être approuvé à l’unanimité par les Vingt-Sept.", "The budget will need the unanimous approval of the 25 member states.")).toHaveLength(1);
  });
});

describe("name-mismatch and content-omission: “l’État de droit” is the rule of law", () => {
  const pair: [string, string] = ["Le Parlement reproche à la Commission d’avoir débloqué des fonds malgré les inquiétudes sur l’État de droit.",
    "Parliament accuses the Commission of releasing funds despite concerns over the rule of law."];
  itAcceptsEach("name-mismatch", [pair]);
  itAcceptsEach("content-omission", [pair]);
  it("still reports the Conseil d'État left out", () => {
    const messages = findingsOf("name-mismatch", "Le Conseil d’État a annulé le décret mardi.", "The court annulled the decree on Tuesday.").map((finding) => finding.message);
    expect(messages).toContainEqual(expect.stringContaining("“État”"));
  });
});

describe("number-mismatch: a French approximate number word", () => {
  itAcceptsEach("number-mismatch", [
    ["Un incendie a mobilisé une soixantaine de pompiers au Havre.", "A fire mobilised some 60 firefighters in Le Havre."],
    ["Une quarantaine de manifestants ont été interpellés.", "Around 40 protesters were detained."],
  ]);
  it("still reports another figure", () => {
    expect(findingsOf("number-mismatch", "Un incendie a mobilisé une soixantaine de pompiers au Havre.", "A fire mobilised some 80 firefighters in Le Havre.")).not.toEqual([]);
  });
});

describe("content-addition: a bound said by a verb (“atteignant”, “pouvant atteindre”)", () => {
  itAcceptsEach("content-addition", [
    ["Des rafales atteignant 207 km/h ont été enregistrées à la pointe du Raz.", "Gusts of up to 207 km/h were recorded at the Pointe du Raz."],
    ["Des températures pouvant atteindre 40 °C sont attendues dans la vallée du Rhône.", "Temperatures of up to 40C are expected in the Rhône valley."],
  ]);
  it("still reports a bound the French does not put", () => {
    expect(findingsOf("content-addition", "Des températures de 40 °C sont attendues dans la vallée du Rhône.", "Temperatures of up to 40C are expected in the Rhône valley.")).toHaveLength(1);
  });
});

describe("entity-mismatch: a name rendered by its English form", () => {
  itAcceptsEach("entity-mismatch", [
    // A people-word rendered by its land: normand → norman, lengthened into Normandy.
    ["Le Normand Kévin Vauquelin a remporté dimanche la deuxième étape.", "Kévin Vauquelin of Normandy won Sunday's second stage."],
    // One part of a hyphenated place translated.
    ["Le trafic du port d’Anvers-Bruges a reculé de 4,8 % au premier semestre.", "Traffic at the port of Antwerp-Bruges fell 4.8% in the first half."],
  ]);
  it("still reports one name lengthened into another, and one part of a hyphenated name replaced", () => {
    expect(findingsOf("entity-mismatch", "Le Niger a fermé sa frontière avec le Bénin.", "Nigeria has closed its border with Benin.")).toHaveLength(1);
    expect(findingsOf("entity-mismatch", "Le tunnel Lyon-Turin sera achevé en 2032.", "The Lyon-Milan tunnel will be completed in 2032.")).toHaveLength(1);
  });
});

describe("untranslated: a person's name with particles of another language", () => {
  itAcceptsEach("untranslated", [
    ["Ursula von der Leyen a présenté mercredi une proposition de budget.", "Ursula von der Leyen unveiled a budget proposal on Wednesday."],
  ]);
  it("still reports a French clause kept", () => {
    expect(findingsOf("untranslated", "Ursula von der Leyen a présenté une proposition de budget pluriannuel.", "Ursula von der Leyen a présenté une proposition de budget.")).toHaveLength(1);
  });
});
