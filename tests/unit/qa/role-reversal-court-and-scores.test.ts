import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

describe("role-reversal: taking someone to court is done by the subject", () => {
  it.each([
    ["La Banque centrale européenne a été assignée devant le Tribunal de l'Union européenne par la banque italienne UniCredit.", "The European Central Bank has taken Italian lender UniCredit to the EU General Court."],
    ["La mairie de Nantes a été assignée en justice par la société Veolia.", "Nantes city hall has taken the Veolia company to court."],
  ])("flags %j rendered %j", (source, target) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(finding.message).toContain("the active and passive voices trade who acts");
  });

  it.each([
    ["La Banque centrale européenne a été assignée devant le Tribunal de l'Union européenne par la banque italienne UniCredit.", "Italian lender UniCredit has taken the European Central Bank to the EU General Court."],
    ["La mairie de Nantes a été assignée en justice par la société Veolia.", "The Veolia company has taken Nantes city hall to court."],
    // "take" with no place to send its object to is still undergone.
    ["Le club a été battu par Lyon dimanche.", "The club took a beating from Lyon on Sunday."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});

describe("role-reversal: a score of several sets between a participle and its agent", () => {
  it("flags the beaten player made the winner", () => {
    const [source, target] = ["Ugo Humbert, battu 6-2, 6-3 par Alexander Zverev, a salué son adversaire.", "Ugo Humbert, who beat Alexander Zverev 6-2, 6-3, praised his opponent."];
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(finding.message).toMatch(/makes Humbert the one acted upon, but the target .* makes Humbert the one acting/);
  });

  it.each([
    ["Ugo Humbert, battu 6-2, 6-3 par Alexander Zverev, a salué son adversaire.", "Ugo Humbert, who lost 6-2, 6-3 to Alexander Zverev, praised his opponent."],
    ["Ugo Humbert, battu 6-2, 6-3 par Alexander Zverev, a salué son adversaire.", "Ugo Humbert, beaten 6-2, 6-3 by Alexander Zverev, praised his opponent."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
