import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// English news names a person again by the surname alone: the first name before a kept surname is not missing.

describe("name-mismatch on a person named by the surname alone", () => {
  it("stays silent when the target keeps the surname", () => {
    const source = "Depuis cette annonce, Josh Paul fait le tour des médias pour expliquer son geste, après 11 ans de bons et loyaux services au sein du bureau militaire du département d’État.";
    const target = "Since this announcement, Paul has been making the rounds in the media to explain his action after 11 years of loyal service within the State Department’s military bureau.";
    expect(findingsOf("name-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Depuis cette annonce, Josh Paul fait le tour des médias.", "Since this announcement, Josh has been making the rounds in the media.", ["Paul"]],
    ["Selon Josh Paul, la décision était prise.", "According to him, the decision had been made.", ["Josh", "Paul"]],
  ])("still reports %j when the surname goes too or alone", (source, target, missing) => {
    expect(findingsOf("name-mismatch", source, target).map((finding) => sourceTextOf(finding, source))).toEqual(missing);
  });
});
