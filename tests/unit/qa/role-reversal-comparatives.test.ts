import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// A comparison turned round: what is compared and the standard after "que"/"than" trade places.
const CASES: [source: string, faithful: string, reversed: string][] = [
  ["Les prix de l'électricité ont augmenté plus vite en Espagne qu'en Italie.", "Electricity prices rose faster in Spain than in Italy.", "Electricity prices rose faster in Italy than in Spain."],
  ["Toulouse attire davantage d'étudiants que Bordeaux.", "Toulouse attracts more students than Bordeaux.", "Bordeaux attracts more students than Toulouse."],
  ["Les médecins gagnent mieux leur vie que les infirmiers.", "Doctors earn a better living than nurses.", "Nurses earn a better living than doctors."],
];

describe("role-reversal: comparisons turned round", () => {
  it.each(CASES)("flags %j rendered with the comparison turned round", (source, _faithful, reversed) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, reversed);
    expect(rest).toEqual([]);
    expect(finding.message).toMatch(/the comparison is turned round/);
  });

  it.each(CASES)("accepts %j rendered %j", (source, faithful) => {
    expect(findingsOf("role-reversal", source, faithful)).toEqual([]);
  });

  it.each([
    // Turned round with its sense flipped, the comparison says the same.
    ["Toulouse attire davantage d'étudiants que Bordeaux.", "Bordeaux attracts fewer students than Toulouse."],
    // "que" without a comparative before it is no standard of comparison.
    ["Le maire a rappelé que Bordeaux attire plus d'étudiants.", "The mayor pointed out that Bordeaux attracts more students than before."],
    ["Les ventes ont progressé plus vite que prévu à Lyon.", "Sales in Lyon grew faster than expected."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
