import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

describe("entity-mismatch", () => {
  it.each([
    ["Le recours a été rejeté par le Conseil d'État mardi.", "The appeal was rejected by the Council of Europe on Tuesday.", "État", "Europe"],
    ["Le sommet se tiendra à Paris en juin.", "The summit will be held in Lyon in June.", "Paris", "Lyon"],
    ["Selon Craig Mokhiber, l'ONU a échoué.", "According to Craig Guterres, the UN has failed.", "Mokhiber", "Guterres"],
    ["Alors que Delfador était encore à l'Académie, des événements majeurs se déroulaient à Wesnoth.", "While Zorlan was still at the Academy, major events were taking place throughout Wesnoth.", "Delfador", "Zorlan"],
  ])("flags %j rendered %j", (source, target, sourceName, targetName) => {
    const [finding, ...rest] = findingsOf("entity-mismatch", source, target);
    expect(rest).toEqual([]);
    expect(finding.severity).toBe("major");
    expect(sourceTextOf(finding, source)).toBe(sourceName);
    expect(targetTextOf(finding, target)).toBe(targetName);
    expect(finding.evidence?.links).toHaveLength(2);
  });

  it.each([
    ["Le recours a été rejeté par le Conseil d'État mardi.", "The appeal was rejected by the Council of State on Tuesday."],
    ["Le sommet se tiendra à Londres en juin.", "The summit will be held in London in June."],
    ["Selon Craig Mokhiber, l'ONU a échoué.", "According to Craig Mokhiber, the UN has failed."],
    ["Le ministre s'est rendu en Allemagne.", "The minister travelled to Germany."],
    ["Il a rencontré Mokhiber à Genève.", "He met Mokhiper in Geneva."],
    ["Vous êtes parmi les Elfes du Nord, dans la Forêt de Lintanir.", "You are among the North Elves, in the Lintanir Forest."],
    ["Le Haut-Commissariat des Nations unies a publié la lettre.", "The UN High Commissioner's office published the letter."],
  ])("stays silent on %j → %j", (source, target) => {
    expect(findingsOf("entity-mismatch", source, target)).toEqual([]);
  });
});
