import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

// A time adjunct added whole ("flew past Venus [on Sunday]") where the French names no day nor month:
// date-mismatch says the day is not the French's; content-addition names the phrase as added.

describe("content-addition: an added day or month phrase", () => {
  it("flags an added “on Tuesday” when the French names no day", () => {
    const source = "La frégate a quitté le port de Brest afin de rejoindre la flotte en Méditerranée.";
    const wrong = "The frigate left the port of Brest on Tuesday to join the fleet in the Mediterranean.";
    expect(findingsOf("content-addition", source, wrong).map((finding) => targetTextOf(finding, wrong))).toContain("on Tuesday");
    expect(findingsOf("content-addition", source, "The frigate left the port of Brest to join the fleet in the Mediterranean.")).toEqual([]);
  }, 60_000);

  it("leaves a changed day to date-mismatch when the French names one", () => {
    const source = "La frégate a quitté lundi le port de Brest afin de rejoindre la flotte en Méditerranée.";
    const target = "The frigate left the port of Brest on Tuesday to join the fleet in the Mediterranean.";
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  }, 60_000);
});
