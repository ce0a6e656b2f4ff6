import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// News French says a rank with "premier" ("premier constructeur mondial" → "the world's biggest
// planemaker") and a trade's body with "interprofession" ("the industry body"): lexicon gaps that
// made the English rendering look added (news dev4's clean alarms).
describe("content-addition on news renderings the lexicon now knows", () => {
  it.each([
    ["Airbus a livré 735 appareils l'an dernier, confortant sa place de premier constructeur mondial.",
      "Airbus delivered 735 aircraft last year, cementing its position as the world's biggest planemaker."],
    ["Selon l'interprofession laitière, le prix du lait a baissé de 3 % en un an.",
      "Milk prices have fallen by 3% in a year, according to the dairy industry body."],
  ])("accepts “%s” rendered as “%s”", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });

  it.each([
    ["Airbus a livré 735 appareils l'an dernier, confortant sa place de premier constructeur mondial.",
      "Airbus delivered 735 aircraft last year, cementing its position as the world's biggest planemaker, despite strikes at its main plant in Toulouse."],
  ])("still flags a clause added to “%s”", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toHaveLength(1);
  });
});
