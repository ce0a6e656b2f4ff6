import { describe, expect, it } from "vitest";
import { findingsOf, itAcceptsEach, sourceTextOf } from "./helpers";

// A period measured with "sur" ("sur les six premiers mois de l'année") bounds a figure as "pendant"
// does: left out, the English claims the figure for no period, or for a longer one.

describe("content-omission on a measured period left out", () => {
  it("flags \"sur les neuf premiers mois de l'année\" rendered nowhere", () => {
    const source = "Les ventes de voitures neuves ont progressé de 8 % sur les neuf premiers mois de l'année, portées par la demande de véhicules électriques.";
    const findings = findingsOf("content-omission", source, "New car sales rose 8%, driven by strong demand for electric vehicles.");
    expect(findings.map((finding) => sourceTextOf(finding, source))).toEqual(["sur les neuf premiers mois de l'année"]);
  });
});

describe("content-omission on a period the English renders, or a \"sur\" that measures no period", () => {
  itAcceptsEach("content-omission", [
    ["Les exportations de vin ont reculé de 12 % sur les six premiers mois de l'année, selon la fédération des exportateurs.",
      "Wine exports fell 12% in the first six months of the year, according to the exporters' federation."],
    ["Le gouvernement mise sur le long terme pour réduire la dette, a déclaré le ministre.",
      "The government is betting on reducing the debt, the minister said."],
  ]);
});

// A figure in words before a unit of measure is a figure too: the English that gives it nowhere dropped its phrase.
describe("content-omission on a measure in words left out", () => {
  it("flags \"dans un rayon de sept kilomètres\" rendered nowhere", () => {
    const source = "Le Merapi est entré en éruption lundi, projetant une colonne de cendres à trois kilomètres d'altitude et entraînant l'évacuation de près de 8 000 personnes dans un rayon de sept kilomètres.";
    const findings = findingsOf("content-omission", source, "Mount Merapi erupted on Monday, sending a column of ash three kilometres into the sky and prompting the evacuation of nearly 8,000 people.");
    expect(findings.map((finding) => sourceTextOf(finding, source)).some((text) => text?.includes("sept kilomètres"))).toBe(true);
  });

  itAcceptsEach("content-omission", [
    ["Le volcan est entré en éruption dimanche, entraînant l'évacuation de 12 000 habitants dans un rayon de cinq kilomètres autour du cratère.",
      "The volcano erupted on Sunday, prompting the evacuation of 12,000 residents within five kilometres of the crater."],
    ["Les deux équipes se retrouveront en finale dimanche à Lyon.", "The teams will meet again in the final in Lyon on Sunday."],
  ]);
});
