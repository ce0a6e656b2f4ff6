import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

const SOURCE = "Le Kenya va emprunter 1,5 milliard de dollars à la Banque mondiale pour financer la réhabilitation de son réseau routier.";

describe("role-reversal: a converse verb the dictionaries also give the French verb", () => {
  it("flags “emprunter” rendered “lend”, which only the dictionaries allow", () => {
    const target = "Kenya will lend $1.5 billion to the World Bank to fund the rehabilitation of its road network.";
    expect(findingsOf("role-reversal", SOURCE, target)).toHaveLength(1);
  });

  it.each([
    [SOURCE, "Kenya will borrow $1.5 billion from the World Bank to fund the rehabilitation of its road network."],
    // Recto's own lexicon gives "apprendre" both "learn" and "teach".
    ["Le professeur va apprendre le français aux réfugiés.", "The teacher will teach French to the refugees."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
