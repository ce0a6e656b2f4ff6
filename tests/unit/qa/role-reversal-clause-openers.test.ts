import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// Words that open a phrase or a clause and take no arguments of their own (issue 12): a "that" before a
// name opens a relative clause whose subject the name is; a quantifier ("plusieurs", "several") opens its noun's phrase.
describe("role-reversal: words that open a phrase take no arguments", () => {
  it.each([
    ["Le président a affirmé que Kinshasa avait rejeté la proposition angolaise de trêve de quinze jours acceptée par Kigali.", "The president said that Kinshasa had rejected the Angolan proposal for a 15-day truce that Kigali had accepted."],
    ["Le sommet n'a débouché sur aucun accord contraignant, un échec que plusieurs pays africains ont jugé « très inquiétant ».", "The summit produced no binding agreement, a failure several African countries called \"very worrying\"."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });

  it.each([
    ["Le président a affirmé que Kinshasa avait rejeté la proposition angolaise de trêve de quinze jours acceptée par Kigali.", "The president said that Kigali had rejected the Angolan proposal for a 15-day truce that Kinshasa had accepted."],
    ["Plusieurs pays africains ont critiqué la France pour son silence.", "France criticised several African countries for their silence."],
  ])("flags %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toHaveLength(1);
  });
});
