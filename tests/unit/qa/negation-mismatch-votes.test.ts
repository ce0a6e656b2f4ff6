import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// A vote says for or against by the word after its verb ("voted against", "a voté contre", "voted …
// down"), not by a negation: a vote for rendered by a vote against reverses the sentence.
describe("negation-mismatch and the direction of a vote", () => {
  it.each([
    ["Les salariés de la raffinerie TotalEnergies de Donges ont voté mardi la reconduction de la grève pour 48 heures, a annoncé la CGT, qui réclame une hausse des salaires de 7 %.",
      "Workers at TotalEnergies' Donges refinery voted on Tuesday against extending their strike by 48 hours, said the CGT union, which is demanding a 7% pay rise."],
    ["Les députés ont voté contre le projet de loi.", "MPs voted for the bill."],
    ["Les députés ont voté le texte.", "MPs voted the bill down."],
  ])("flags the vote of “%s” rendered “%s”", (source, target) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && sourceTextOf(finding, source)).toBe("voté");
    expect(targetTextOf(finding, target)).toBe("voted");
  });

  it.each([
    ["Les salariés de la raffinerie TotalEnergies de Donges ont voté mardi la reconduction de la grève pour 48 heures, a annoncé la CGT.",
      "Workers at TotalEnergies' Donges refinery voted on Tuesday to extend their strike by 48 hours, the CGT union said."],
    ["Les députés ont voté contre le projet de loi.", "MPs voted against the bill."],
    ["Les sénateurs ont voté le rejet du texte.", "Senators voted to reject the bill."],
  ])("accepts the vote of “%s” rendered “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});
