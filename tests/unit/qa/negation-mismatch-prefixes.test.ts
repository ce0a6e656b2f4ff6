import { describe, expect, it } from "vitest";
import { expectOnlyFinding, findingsOf } from "./helpers";

// A word negated by its prefix and its unprefixed cognate say opposite things: "impossible" → "possible", "légale" → "illegal".
describe("negation-mismatch on a word rendered by its cognate without, or with, its negative prefix", () => {
  it.each([
    ["Il est impossible de prévoir la durée de la grève.", "It is possible to predict how long the strike will last.", "impossible", "possible"],
    ["Cette pratique est illégale en France.", "This practice is legal in France.", "illégale", "legal"],
    ["Cette pratique est légale en France.", "This practice is illegal in France.", "légale", "illegal"],
    ["Le ministre juge la situation inacceptable.", "The minister considers the situation acceptable.", "inacceptable", "acceptable"],
    ["Il a été interpellé pour séjour irrégulier.", "He was arrested for regular residence.", "irrégulier", "regular"],
  ])("flags “%s” rendered “%s”", (source, target, sourceText, targetText) => {
    expectOnlyFinding("negation-mismatch", source, target, sourceText, targetText);
  });

  it.each([
    ["Il est impossible de prévoir la durée de la grève.", "It is impossible to predict how long the strike will last."],
    // A negated prefixed word is its cognate said plainly.
    ["Il n'est pas impossible que la grève dure.", "It is possible that the strike will last."],
    ["Cette pratique est légale en France.", "This practice is not illegal in France."],
    ["Les frais sont inclus dans le prix.", "The fees are included in the price."],
    // An "in-" that negates nothing: an inhabitant is a "habitant".
    ["La ville compte 170 000 habitants.", "The city has 170,000 inhabitants."],
    // A noun ("troubles") is no adjective a prefix reverses.
    ["Les longues années d'enfance avaient vu un âge d'or, la dernière période de paix avant les troubles.", "The years of their long childhoods were a golden age, and the last time of untroubled peace."],
    ["L'indépendance de la justice est menacée.", "The independence of the judiciary is under threat."],
    ["Il a été interpellé pour séjour irrégulier.", "He was arrested for irregular residence."],
  ])("reads “%s” → “%s” as faithful", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});
