import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

// Relative clauses: "that" as the subject of the verb after it, "que"/"that"/"whom" as its object.
describe("role-reversal: relative clauses", () => {
  it.each([
    // The object relative became a subject relative: the antecedent acts, the subject is acted upon.
    ["La famille que le bailleur a expulsée vit désormais dans sa voiture.", "The family that evicted the landlord now lives in its car.", /evicted/],
    ["Les élèves que le professeur a punis ont écrit au recteur.", "The pupils that punished the teacher wrote to the rector.", /punished the teacher/],
    ["Le village que les soldats ont bombardé a été évacué.", "The village that bombed the soldiers has been evacuated.", /bombed the soldiers/],
  ])("flags %j rendered %j", (source, target, where) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toMatch(where);
  });

  it.each([
    ["La famille que le bailleur a expulsée vit désormais dans sa voiture.", "The family that the landlord evicted now lives in its car."],
    ["Les élèves que le professeur a punis ont écrit au recteur.", "The pupils whom the teacher punished wrote to the rector."],
    ["Le village que les soldats ont bombardé a été évacué.", "The village the soldiers bombed has been evacuated."],
    // A subject relative kept as one.
    ["L'entreprise qui a racheté l'usine emploie 300 personnes.", "The company that bought the plant employs 300 people."],
    // "le fait que": a conjunction, its verb has an object of its own.
    ["Le ministre a rappelé le fait que le gouvernement a refusé la réforme.", "The minister recalled the fact that the government refused the reform."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
