import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// "Faute de", "à défaut de" and "en l'absence de" say "without" with a noun of lack: rendered with no
// negation, the English says the thing is there.
describe("negation-mismatch and French phrases of lack", () => {
  it.each([
    ["Faute d'accord entre les pays producteurs de pétrole et les États insulaires, les négociations de Busan sur un traité contre la pollution plastique se sont achevées dimanche sans texte commun.",
      "Following agreement between oil-producing countries and island states, the Busan negotiations on a treaty against plastic pollution ended on Sunday without a joint text.", "Faute d'"],
    ["En l'absence d'accord, la grève continue.", "After an agreement, the strike goes on.", "En l'absence d'"],
  ])("flags “%s” rendered “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && sourceTextOf(finding, source)).toBe(negator);
  });

  it.each([
    ["Faute d'accord entre les pays producteurs de pétrole et les États insulaires, les négociations de Busan se sont achevées dimanche sans texte commun.",
      "With no agreement between oil-producing countries and island states, the Busan negotiations ended on Sunday without a joint text."],
    ["Les urgences de l'hôpital de Carhaix fermeront la nuit tout l'été, faute de médecins.",
      "The emergency department at Carhaix hospital will close at night all summer because it is short of doctors."],
    ["Faute de conducteurs, la compagnie a supprimé une centaine de lignes de car scolaire.",
      "A shortage of drivers has forced the company to scrap about a hundred school bus routes."],
    ["En l'absence d'accord, la grève continue.", "In the absence of a deal, the strike goes on."],
    ["C'est la faute du gouvernement.", "It is the government's fault."],
    ["Il vous faudra la maîtriser, faute de quoi vous vous transformerez en liche.", "You will need to master it, else you will turn into a lich."],
  ])("accepts “%s” rendered “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});
