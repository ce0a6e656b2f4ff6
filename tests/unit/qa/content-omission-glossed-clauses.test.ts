import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// A longer clause set off by commas inside the sentence, none of whose words the English renders
// anywhere, is left out even when the English puts a gloss of its own where the clause stood
// ("industry body", "the regional authority"): a third of the clause's words of room is no rendering.

/** French, English without the clause and with a gloss in its place, the clause, a faithful English. */
const GLOSSED_CLAUSES: Array<[string, string, string, string]> = [
  ["Les incendies ont détruit 12 000 hectares de forêt en 2025, hors parcelles agricoles brûlées près de Fréjus et Draguignan, a indiqué lundi l'Office national des forêts.",
    "Wildfires destroyed 12,000 hectares of forest in 2025, state agency the National Forestry Office said on Monday.", "hors parcelles agricoles brûlées près de Fréjus et Draguignan",
    "Wildfires destroyed 12,000 hectares of forest in 2025, not counting farm plots burned near Fréjus and Draguignan, the National Forestry Office said on Monday."],
  ["Les vols ont augmenté de 8 % dans les gares en 2024, hors incidents mineurs signalés par les contrôleurs à Lille, a annoncé jeudi la SNCF.",
    "Thefts at stations rose by 8 percent in 2024, rail operator SNCF said on Thursday.", "hors incidents mineurs signalés par les contrôleurs à Lille",
    "Thefts at stations rose by 8 percent in 2024, excluding minor incidents reported by inspectors in Lille, SNCF said on Thursday."],
];

describe("content-omission of a clause whose place the English fills with a gloss", () => {
  it.each(GLOSSED_CLAUSES)("reports the clause: %s", (source, target, clause) => {
    const found = findingsOf("content-omission", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toContain(clause);
  });

  it.each(GLOSSED_CLAUSES)("is quiet when the English renders the clause: %s", (source, _target, _clause, faithful) => {
    expect(findingsOf("content-omission", source, faithful)).toEqual([]);
  });
});
