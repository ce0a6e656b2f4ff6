import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// Issue 12: pairs written for the content-gap checks outside the bench's topics (migration, agriculture,
// transport, health), each error beside a faithful or freely adapted twin that must stay quiet.

/** French, English that drops a place name a preposition governs, the name, a faithful English. */
const DROPPED_NAMES: Array<[string, string, string, string]> = [
  // "in" is explained by "dans" once the aligner links prepositions, so "in diesel prices" no longer stands for the place.
  ["Des centaines d'agriculteurs ont défilé dimanche dans Toulouse contre la hausse du gazole.",
    "Hundreds of farmers marched on Sunday against the rise in diesel prices.", "Toulouse",
    "Hundreds of farmers marched in Toulouse on Sunday against the rise in diesel prices."],
  ["Le passeur présumé, un homme de 34 ans, a été interpellé à Calais jeudi soir.",
    "The alleged smuggler, a 34-year-old man, was arrested on Thursday evening.", "Calais",
    "The alleged smuggler, a 34-year-old man, was arrested in Calais on Thursday evening."],
  ["Un nouveau centre de dépistage a ouvert lundi à Limoges.",
    "A new screening centre opened on Monday.", "Limoges",
    "A new screening centre opened in Limoges on Monday."],
];

/** French, English with another place in the French place's stead, a faithful English. */
const SWAPPED_PLACES: Array<[string, string, string]> = [
  ["Les migrants ont été transférés de Lampedusa vers la Sicile.",
    "The migrants were transferred from Lampedusa to Sardinia.", "The migrants were moved from Lampedusa to Sicily."],
  ["L'équipementier produit désormais ses câbles en Roumanie.",
    "The parts maker now produces its cables in Bulgaria.", "The parts maker now makes its cables in Romania."],
  ["Les vignerons bordelais exportent désormais surtout vers l'Espagne.",
    "Bordeaux winegrowers now export mainly to Portugal.", "Bordeaux winegrowers now export mostly to Spain."],
];

describe("content-omission of a name", () => {
  it.each(DROPPED_NAMES)("reports the place the English never names: %s", (source, target, name) => {
    const found = findingsOf("content-omission", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toContain(name);
  });

  it.each(DROPPED_NAMES)("is quiet when the English names the place: %s", (source, _target, _name, faithful) => {
    expect(findingsOf("content-omission", source, faithful)).toEqual([]);
  });

  it.each([
    // The name rendered by a description: the English has room for it where the French has it.
    ["Le ministre s'est rendu vendredi à Brest pour inaugurer le nouveau terminal.", "The minister travelled to the port city on Friday to open the new terminal."],
    // A person named in French, "him" in English: only a name a preposition governs counts.
    ["Les squelettes se sont désagrégés quand vous avez détruit Malifor.", "The skeletons fell apart when you destroyed him."],
  ])("is quiet when the English renders the name in other words: %s", (source, target) => {
    expect(findingsOf("content-omission", source, target)).toEqual([]);
  });
});

describe("entity-mismatch of a place the lexicon translates", () => {
  it.each(SWAPPED_PLACES)("reports a French place name rendered as another place: %s", (source, target) => {
    expect(findingsOf("entity-mismatch", source, target)).toHaveLength(1);
  });

  it.each(SWAPPED_PLACES)("is quiet on the place's English name: %s", (source, _target, faithful) => {
    expect(findingsOf("entity-mismatch", source, faithful)).toEqual([]);
  });
});

describe("content-addition of a member coordinated to a cognate", () => {
  // "raffineries"/"refineries" differ by a vowel and a doubled letter: once linked, the added member has nothing in the French beside it.
  const source = "Les dockers appellent à la grève dans les raffineries à partir de jeudi.";

  it("reports the member the French does not have", () => {
    const target = "Dockers are calling for a strike at the refineries and oil terminals from Thursday.";
    expect(findingsOf("content-addition", source, target).map((finding) => targetTextOf(finding, target))).toEqual(["and oil terminals"]);
  });

  it("is quiet on the faithful English", () => {
    expect(findingsOf("content-addition", source, "Dockers are calling for a strike at the refineries from Thursday.")).toEqual([]);
  });
});

describe("content-omission of a figure and its noun", () => {
  // The English fills the room with a clause moved forward ("its keepers say"): the figure, found nowhere, tells.
  const source = "Le zoo de Beauval a accueilli 2,1 millions de visiteurs l'an dernier, dont 30 % d'étrangers, mais ses enclos sont jugés vétustes par ses soigneurs.";

  it("reports the phrase whose figure the English has nowhere", () => {
    const found = findingsOf("content-omission", source, "Beauval zoo welcomed 2.1 million visitors last year, but its keepers say its enclosures are run-down.");
    expect(found.map((finding) => sourceTextOf(finding, source))).toEqual(["dont 30 % d'étrangers"]);
  });

  it("leaves a changed figure to number-mismatch", () => {
    expect(findingsOf("content-omission", source, "Beauval zoo welcomed 2.1 million visitors last year, 40% of them from abroad, but its keepers say its enclosures are run-down.")).toEqual([]);
  });

  it("is quiet when the English gives the figure", () => {
    expect(findingsOf("content-omission", source, "Beauval zoo welcomed 2.1 million visitors last year, 30% of them from abroad, but its keepers say its enclosures are run-down.")).toEqual([]);
  });

  it.each([
    ["Un randonneur de 7 ans a été secouru dans le massif du Vercors.", "A seven-year-old hiker was rescued in the Vercors massif."],
    ["Un enfant de 6 ans, porté disparu depuis samedi, a été retrouvé sain et sauf dans un bois voisin.", "A six-year-old boy missing since Saturday was found safe and well in nearby woods."],
  ])("reads a number spelt out at the head of an English compound: %s", (source, target) => {
    expect(findingsOf("content-omission", source, target)).toEqual([]);
    expect(findingsOf("number-mismatch", source, target)).toEqual([]);
  });
});

describe("content-addition of a figure", () => {
  const source = "La coopérative a exporté son fromage vers le Japon et le Canada l'an dernier.";

  it("reports a quantity the French has nowhere", () => {
    const target = "The cooperative exported 300 tonnes of its cheese to Japan and Canada last year.";
    expect(findingsOf("content-addition", source, target).map((finding) => targetTextOf(finding, target))).toEqual(["300 tonnes"]);
  });

  it("is quiet on the faithful English", () => {
    expect(findingsOf("content-addition", source, "The cooperative exported its cheese to Japan and Canada last year.")).toEqual([]);
  });

  it("leaves a changed figure to number-mismatch", () => {
    const changed = "La coopérative a exporté 200 tonnes de fromage vers le Japon et le Canada l'an dernier.";
    expect(findingsOf("content-addition", changed, "The cooperative exported 300 tonnes of cheese to Japan and Canada last year.")).toEqual([]);
  });

  it("is quiet on a number English spells out in passing", () => {
    expect(findingsOf("content-addition", "Si vous avez envie de tuer quelqu'un, il y a des tas d'orcs à l'extérieur.", "If you two want to kill something, there are plenty of orcs outside.")).toEqual([]);
  });
});
