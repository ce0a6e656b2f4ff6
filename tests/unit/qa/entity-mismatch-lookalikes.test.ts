import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// Issue 12: a name swapped for one that looks like it, or that sounds like a word the target renders.
// Each error beside a faithful, reworded twin.

/** French, English with another name, the French name, the English one, a faithful English. */
const SWAPPED_NAMES: Array<[string, string, string, string, string]> = [
  // Spelt alike, linked by the aligner, yet two countries English knows.
  ["Des soldats français ont quitté le Niger après le coup d'État.", "French soldiers left Nigeria after the coup.", "Niger", "Nigeria",
    "French troops withdrew from Niger after the coup."],
  // "Paris" sounds like "Opera", the rendering of "Opéra": that word names nothing.
  ["L'Opéra de Paris a nommé un nouveau directeur de la danse.", "The Lyon Opera has appointed a new dance director.", "Paris", "Lyon",
    "The Paris Opera has named a new director of dance."],
];

describe("entity-mismatch of a look-alike name", () => {
  it.each(SWAPPED_NAMES)("reports the other name: %s", (source, target, sourceName, targetName) => {
    const found = findingsOf("entity-mismatch", source, target);
    expect(found.map((finding) => [sourceTextOf(finding, source), targetTextOf(finding, target)])).toEqual([[sourceName, targetName]]);
  });

  it.each(SWAPPED_NAMES)("is quiet on the same name: %s", (source, _target, _sourceName, _targetName, faithful) => {
    expect(findingsOf("entity-mismatch", source, faithful)).toEqual([]);
  });

  it.each([
    // The English spelling of a French name, and names made into adjectives.
    ["Le sommet de l'Union européenne s'est tenu à Marseille.", "The EU summit was held in Marseilles."],
    ["Le gouvernement d'Israël a approuvé le plan.", "The Israeli government approved the plan."],
    // A French form of a name, a French plural, and a translated one ("Alger"/"Algiers"), each linked by its spelling.
    ["La reine Isabelle a signé le traité à Grenade.", "Queen Isabella signed the treaty in Granada."],
    ["Les Hopis vivent dans le nord de l'Arizona.", "The Hopi live in northern Arizona."],
    ["Le Mali a rappelé son ambassadeur en poste à Alger.", "Mali recalled its ambassador in Algiers."],
    // A nationality and its people's other words: "perse" is "Persian", "anglais" "British".
    ["Les poètes perses chantaient le vin.", "Persian poets sang of wine."],
    ["Les soldats anglais ont débarqué en Normandie.", "British soldiers landed in Normandy."],
  ])("is quiet on a name's English form: %s", (source, target) => {
    expect(findingsOf("entity-mismatch", source, target)).toEqual([]);
  });
});

/** French, English with another nationality, the French adjective, the English one, a faithful English. */
const SWAPPED_NATIONALITIES: Array<[string, string, string, string, string]> = [
  ["L'université de Strasbourg a suspendu ses partenariats avec deux établissements russes.",
    "Strasbourg University has suspended its partnerships with two Ukrainian institutions.", "russes", "Ukrainian",
    "Strasbourg University has put its partnerships with two Russian institutions on hold."],
  ["Le constructeur allemand a racheté une start-up française.", "The German carmaker bought a Spanish start-up.", "française", "Spanish",
    "The German carmaker has acquired a French start-up."],
];

describe("entity-mismatch of a nationality", () => {
  it.each(SWAPPED_NATIONALITIES)("reports the other nationality: %s", (source, target, sourceWord, targetWord) => {
    const found = findingsOf("entity-mismatch", source, target);
    expect(found.map((finding) => [sourceTextOf(finding, source), targetTextOf(finding, target)])).toEqual([[sourceWord, targetWord]]);
  });

  it.each(SWAPPED_NATIONALITIES)("is quiet on the same nationality: %s", (source, _target, _sourceWord, _targetWord, faithful) => {
    expect(findingsOf("entity-mismatch", source, faithful)).toEqual([]);
  });

  it("is quiet on a nationality rendered by its capital", () => {
    expect(findingsOf("entity-mismatch", "La diplomatie chinoise a protesté.", "Beijing protested.")).toEqual([]);
  });
});

describe("name-mismatch of an acronym English spells out", () => {
  it("is quiet on \"high-speed train\" for \"TGV\"", () => {
    expect(findingsOf("name-mismatch", "Le nouveau TGV reliera Paris à Bordeaux en moins de deux heures.",
      "The new high-speed train will link Paris and Bordeaux in under two hours.")).toEqual([]);
  });
});
