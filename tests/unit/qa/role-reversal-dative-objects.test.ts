import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

describe("role-reversal: a French object marked by “à” (“succéder à”) against an English passive", () => {
  it.each([
    ["Le diplomate Rui Caldeira succédera à l'ambassadrice Anneke Martens à la tête de la mission.", "Diplomat Rui Caldeira will be replaced by ambassador Anneke Martens as head of the mission."],
    ["Le diplomate Rui Caldeira succédera à l'ambassadrice Anneke Martens à la tête de la mission.", "Diplomat Rui Caldeira will be succeeded by ambassador Anneke Martens as head of the mission."],
  ])("flags %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toHaveLength(1);
  });

  it.each([
    ["Le diplomate Rui Caldeira succédera à l'ambassadrice Anneke Martens à la tête de la mission.", "Diplomat Rui Caldeira will succeed ambassador Anneke Martens as head of the mission."],
    ["Le diplomate Rui Caldeira succédera à l'ambassadrice Anneke Martens à la tête de la mission.", "Diplomat Rui Caldeira will take over from ambassador Anneke Martens as head of the mission."],
    ["Le diplomate Rui Caldeira succédera à l'ambassadrice Anneke Martens à la tête de la mission.", "Ambassador Anneke Martens will be succeeded by diplomat Rui Caldeira as head of the mission."],
    ["Le village a résisté aux inondations de l'hiver.", "The village withstood the winter floods."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
