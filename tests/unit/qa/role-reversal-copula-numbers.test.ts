import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// A copula with its adjective is no passive, and a number is no predicate: once the aligner links
// "sûres"/"safe" and "neuf"/"nine", neither may read as a verb whose subject changed role.
describe("role-reversal reads adjectives after être and numbers as no predicates", () => {
  it.each([
    ["Ces routes ne sont pas sûres pour les cyclistes.", "These roads are not safe for cyclists."],
    ["Depuis les travaux, nos gares sont sûres.", "Since the works, our stations are secure."],
    ["Les loyers sont trop chers pour les étudiants.", "Rents are too expensive for students."],
    ["Les vaccins sont gratuits pour les enfants.", "Vaccines are free for children."],
    ["Trois hangars, dont deux écoles, ont été détruits par l'incendie.", "Three sheds, including two schools, were destroyed by the fire."],
    ["Au moins 12 personnes, dont neuf enfants, ont été hospitalisées.", "At least 12 people, including nine children, were taken to hospital."],
    // English adjectives with a participle's ending ("-it", "-ent", "-id", "-ld") after "are".
    ["Les gouvernements occidentaux sont complices de l’offensive israélienne contre Gaza.", "Western governments are complicit in the Israeli offensive on Gaza."],
    ["Les élus sont absents de la réunion.", "The councillors are absent from the meeting."],
    ["Les habitants sont inquiets pour leur sécurité.", "Residents are afraid for their safety."],
    // A quantifier is no predicate either: "plusieurs"/"several" before the subject of an English contact relative.
    ["Le texte ne mentionne pas la sortie du charbon, une omission que plusieurs pays africains ont jugée « regrettable ».", "The text makes no mention of phasing out coal, an omission several African countries called \"regrettable\"."],
  ])("accepts %j → %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });

  it.each([
    // Real passives stay passives, whatever their ending.
    ["Les écoles ont été fermées par la préfecture.", "The prefecture was closed by the schools."],
    ["Les agriculteurs ont été reçus par le ministre.", "The minister was received by the farmers."],
    ["Les terres ont été prises par les colons.", "The settlers were taken by the lands."],
  ])("still flags %j → %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target).length).toBeGreaterThan(0);
  });
});
