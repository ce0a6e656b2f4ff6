import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// Faithful newsroom renderings on courts, diplomacy, climate and sport, written for this bench's clean
// alarms (none taken from a held-out file): each once raised an alarm of a meaning check.
describe("meaning checks on faithful news renderings", () => {
  it.each([
    // A French acronym the English spells out in words, in its own order: "parquet national financier".
    ["name-mismatch", "Le PNF a ouvert une enquête préliminaire sur les contrats.", "The national financial prosecutor's office opened a preliminary investigation into the contracts."],
    ["content-addition", "Le PNF a ouvert une enquête préliminaire sur les contrats.", "The national financial prosecutor's office opened a preliminary investigation into the contracts."],
    // "Les Bleus" is France's national team.
    ["entity-mismatch", "Les Bleus affronteront l'Espagne en demi-finale.", "France will face Spain in the semi-final."],
    // "Les pays du Sud" are the developing countries, "les pays du Nord" the rich ones.
    ["name-mismatch", "La COP29 s'est conclue à Bakou sur un accord jugé décevant par les pays du Sud.", "COP29 ended in Baku with a deal that developing countries called disappointing."],
    // "Stay away" says "not go".
    ["negation-mismatch", "Le président russe ne s'est pas rendu au sommet, invoquant des raisons de sécurité.", "The Russian president stayed away from the summit, citing security concerns."],
  ])("%s is quiet on “%s” → “%s”", (checkId, source, target) => {
    expect(findingsOf(checkId, source, target)).toEqual([]);
  });

  it.each([
    ["name-mismatch", "Le PNF a ouvert une enquête préliminaire sur les contrats.", "The police opened a preliminary investigation into the contracts."],
    ["entity-mismatch", "Les Bleus affronteront l'Espagne en demi-finale.", "Italy will face Spain in the semi-final."],
    ["negation-mismatch", "Le président russe ne s'est pas rendu au sommet, invoquant des raisons de sécurité.", "The Russian president went to the summit, citing security concerns."],
  ])("%s still flags “%s” → “%s”", (checkId, source, target) => {
    expect(findingsOf(checkId, source, target).length).toBeGreaterThan(0);
  });
});

// A "non-lieu" is a case dismissed: a legal term, not a negation.
describe("negation-mismatch on “non-lieu”", () => {
  it.each([
    ["La juge a prononcé un non-lieu en faveur de l'ancien ministre.", "The judge dismissed the case against the former minister."],
    ["Faute de preuves, le juge a prononcé un non-lieu.", "The judge dropped the case for lack of evidence."],
  ])("is quiet on “%s” → “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it("still flags a negation the English drops beside it", () => {
    expect(findingsOf("negation-mismatch", "Le juge n'a pas prononcé de non-lieu.", "The judge dismissed the case.")).toHaveLength(1);
  });
});

// English verbs that say no by themselves: "ignored" (did not heed), "fall short of" (does not meet).
describe("negation-mismatch on English verbs that say no", () => {
  it.each([
    ["Le gouvernement n'a pas donné suite à la demande de l'ONG.", "The government has ignored the NGO's request."],
    ["Le pays ne respecte pas ses engagements climatiques, selon le rapport.", "The country is falling short of its climate commitments, the report said."],
  ])("is quiet on “%s” → “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it("still flags the negation dropped beside them", () => {
    expect(findingsOf("negation-mismatch", "Le pays ne respecte pas ses engagements climatiques, selon le rapport.", "The country is meeting its climate commitments, the report said.")).toHaveLength(1);
  });
});
