import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

// A weak link from a word amid unlinked ones to a French word left over elsewhere ("national" to the
// "nationale" of "l'Éducation nationale") splits an added clause in two: it does not anchor it.
describe("content-addition across a stray link", () => {
  it("flags the clause whose one linked word is a stray", () => {
    const source = "Le ministère de l'Éducation nationale a annoncé mardi la suppression de 2 000 postes, une décision aussitôt dénoncée par les syndicats.";
    const target = "The education ministry announced on Tuesday that 2,000 posts would be cut, a decision immediately condemned by unions, which called for a national strike.";
    const [finding, ...rest] = findingsOf("content-addition", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe("which called for a national strike");
  });

  it("accepts the clause the French has", () => {
    const source = "Le ministère de l'Éducation nationale a annoncé mardi la suppression de 2 000 postes, une décision aussitôt dénoncée par les syndicats, qui appellent à une grève nationale.";
    const target = "The education ministry announced on Tuesday that 2,000 posts would be cut, a decision immediately condemned by unions, which called for a national strike.";
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });
});
