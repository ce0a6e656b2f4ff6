import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

// Subjects the aligner links to nothing ("transporteur" / "haulier"), on a clause whose complement it links.
describe("role-reversal: subjects left unlinked by the aligner", () => {
  it.each([
    ["Le transporteur est visé par une grève des chauffeurs.", "The haulier is targeting drivers with a strike.", "haulier is targeting"],
    ["L'équipementier a été visé par une plainte des salariés.", "The supplier targeted employees with a complaint.", "supplier targeted"],
    ["Le constructeur est visé par une campagne de boycott des consommateurs.", "The carmaker is targeting consumers with a boycott campaign.", "carmaker is targeting"],
  ])("flags %j rendered %j", (source, target, targetText) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(targetText);
  });

  it.each([
    ["Le transporteur est visé par une grève des chauffeurs.", "The haulier is targeted by a drivers' strike."],
    ["L'équipementier a été visé par une plainte des salariés.", "The supplier was targeted by a complaint from employees."],
    // The voice turned with its participants: the complement moved before the verb.
    ["L'équipementier a été visé par une plainte des salariés.", "Employees targeted the supplier with a complaint."],
    // The target subject has a source counterpart ("consommateurs"): the subjects do not stand for each other.
    ["Le constructeur est visé par une campagne de boycott des consommateurs.", "Consumers are targeting the carmaker with a boycott campaign."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
