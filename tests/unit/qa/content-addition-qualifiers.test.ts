import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

// Issue 12: a claim of a word or two slipped into the English ("because of the strike", "a record",
// "reportedly"), beside the faithful English without it.

/** French, English with the added claim, the claim's words, the faithful English. */
const ADDED_CLAIMS: Array<[string, string, string, string]> = [
  ["Le trafic des TER a été interrompu mardi entre Lyon et Grenoble.",
    "Regional train services between Lyon and Grenoble were halted on Tuesday because of the strike.", "because of",
    "Regional train services between Lyon and Grenoble were halted on Tuesday."],
  ["Le suspect a été interpellé dimanche à Nantes.", "The suspect was reportedly arrested in Nantes on Sunday.", "reportedly",
    "The suspect was arrested in Nantes on Sunday."],
  ["Les ventes de voitures électriques ont progressé de 30 % en 2023.", "Electric car sales rose by a record 30% in 2023.", "a record",
    "Sales of electric cars rose 30% in 2023."],
  ["Le pont restera fermé à la circulation.", "The bridge will remain temporarily closed to traffic.", "temporarily",
    "The bridge will stay closed to traffic."],
  ["La préfecture a fermé trois marchés aux bestiaux du département.", "The prefecture closed three livestock markets in the department to stop the outbreak.", "to stop the outbreak",
    "The prefecture closed three livestock markets in the department."],
];

describe("content-addition of a claim", () => {
  it.each(ADDED_CLAIMS)("reports the claim the French makes nowhere: %s", (source, target, claim) => {
    const found = findingsOf("content-addition", source, target);
    expect(found.map((finding) => targetTextOf(finding, target))).toContain(claim);
  });

  it.each(ADDED_CLAIMS)("is quiet on the faithful English: %s", (source, _target, _claim, faithful) => {
    expect(findingsOf("content-addition", source, faithful)).toEqual([]);
  });

  it.each([
    // The cause is the French verb's, the hedge its conditional, the record its "historique", the bound its "en dessous".
    ["La grève a entraîné l'annulation de la moitié des vols.", "Half the flights were cancelled because of the strike."],
    ["Le suspect aurait agi seul, selon les enquêteurs.", "The suspect reportedly acted alone, investigators said."],
    ["Les ventes ont atteint un niveau historique en décembre.", "Sales hit a record high in December."],
    ["La population est tombée en dessous de 3 millions d'habitants.", "The population fell to less than 3 million."],
    // An infinitive after a verb and its object is that verb's complement, no purpose.
    ["Le marathon de Kigali imposera aux coureurs un parcours de 42 kilomètres avec 600 mètres de dénivelé.", "The Kigali marathon will require runners to tackle a 42-kilometre course with 600 metres of climbing."],
  ])("is quiet when the French makes the claim in other words: %s", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });
});

describe("content-addition of a school-year rendering", () => {
  it("is quiet on \"the start of the school year\" for \"la rentrée\"", () => {
    expect(findingsOf("content-addition", "Le ministre a promis de recruter 3 000 enseignants supplémentaires à la rentrée.",
      "The minister promised to recruit 3,000 additional teachers at the start of the school year.")).toEqual([]);
  });
});

describe("content-addition of a bound after a figure", () => {
  const RENTS = "Les loyers parisiens ont augmenté de 20 % en dix ans, selon l'Observatoire des loyers.";

  it("reads “20% more than ten years ago” as a comparison, not a bound put on a figure", () => {
    expect(findingsOf("content-addition", RENTS, "Rents in Paris are 20% more than ten years ago, according to the rent observatory.")).toEqual([]);
  });

  it("still reports a bound the French does not put on its figure", () => {
    const target = "Rents in Paris have risen by more than 20% in ten years, according to the rent observatory.";
    expect(findingsOf("content-addition", RENTS, target).map((finding) => targetTextOf(finding, target))).toContain("more than");
  });
});

// Clean news dev4: "up" of a verb of motion before "to" says where a figure goes, not a bound put on it.
describe("content-addition of “up to” after a verb of motion", () => {
  const SOURCE = "La vitesse maximale autorisée repassera à 90 km/h sur certaines routes départementales de la Corrèze.";

  it("is quiet on “will go back up to 90 km/h”", () => {
    expect(findingsOf("content-addition", SOURCE, "The speed limit on some secondary roads in the Corrèze will go back up to 90 km/h.")).toEqual([]);
  });

  it("still reports a bound “up to 90 km/h” the French does not put", () => {
    const target = "The speed limit on some secondary roads in the Corrèze will go back to up to 90 km/h.";
    expect(findingsOf("content-addition", SOURCE, target).map((finding) => targetTextOf(finding, target))).toContain("up to");
  });
});
