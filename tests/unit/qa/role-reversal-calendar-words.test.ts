import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// A day or month after the verb says when, not who is acted upon: "will open on Sundays" has one
// participant, the library, made subject as the French passive makes it (gaps-own's clean alarm).
describe("role-reversal and day or month names", () => {
  it.each([
    ["La bibliothèque municipale sera ouverte le dimanche à partir de janvier.", "The municipal library will open on Sundays from January."],
    ["La piscine sera fermée le lundi pendant les travaux.", "The swimming pool will close on Mondays during the works."],
  ])("accepts the passive of “%s” rendered by an intransitive verb and a day: “%s”", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });

  it.each([
    ["Le ministre a reçu les syndicats lundi.", "The unions received the minister on Monday."],
    ["La police a arrêté le suspect samedi.", "The suspect arrested the police on Saturday."],
  ])("still flags the roles swapped in “%s” → “%s” beside a day", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toHaveLength(1);
  });
});
