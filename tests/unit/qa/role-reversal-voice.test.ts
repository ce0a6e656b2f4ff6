import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

describe("role-reversal: active and passive voices trading who acts", () => {
  it("flags a French active rendered by an English passive that keeps the same subject", () => {
    const source = "Le géant du luxe LVMH a racheté la maison de joaillerie italienne pour un montant qui n'a pas été divulgué.";
    const target = "Luxury giant LVMH was bought by the Italian jewellery house for an undisclosed sum.";
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(finding.severity).toBe("critical");
    // With "racheter"/"buy" in the lexicon the aligned-verb reading speaks first, on the verb and its arguments.
    expect(sourceTextOf(finding, source)).toMatch(/^LVMH a racheté/);
    expect(targetTextOf(finding, target)).toMatch(/bought/);
    expect(finding.evidence?.links.length).toBeGreaterThan(0);
  });

  it("reads the voices when the aligner links neither verb (“entériné” / “rubber-stamped”)", () => {
    const [source, target] = ["Le Parlement a entériné la loi.", "Parliament was rubber-stamped by the law."];
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(finding.message).toContain("the active and passive voices trade who acts");
    expect(sourceTextOf(finding, source)).toBe("Parlement a entériné la loi");
    expect(targetTextOf(finding, target)).toBe("Parliament was rubber-stamped by the law");
  });

  it("flags an English passive whose subject opens the sentence without an article", () => {
    const [finding, ...rest] = findingsOf("role-reversal", "Le Parlement a adopté la loi.", "Parliament was passed by the law.");
    expect(rest).toEqual([]);
    expect(finding?.message).toMatch(/the active and passive voices trade who acts|makes law the one acting|makes Parliament the one acted upon/);
  });

  it.each([
    // The voice turned and the participants with it: the same event.
    ["Le géant du luxe LVMH a racheté la maison de joaillerie italienne.", "The Italian jewellery house was bought by luxury giant LVMH."],
    // A subject that undergoes ("subir", "suffer") may become a passive subject without acting less.
    ["L'entreprise a subi une cyberattaque massive.", "The company was hit by a massive cyberattack."],
    ["La ville a été frappée par une tempête.", "The city suffered a storm."],
    ["Le Parlement a adopté la loi.", "The law was passed by Parliament."],
    // One participant on each side: a passive rendered by a copula or an intransitive verb.
    ["La Jamaïque est connue dans le monde entier pour sa musique.", "Jamaica is famous around the world for its music."],
    ["Le projet d'UE fut développé depuis lors.", "The EU project has developed since then."],
    ["Le pays est aujourd'hui une république islamique.", "The country is today an Islamic Republic."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});

describe("role-reversal: two passives whose participant moved from the subject to the agent", () => {
  it.each([
    ["La coopérative Terrena a été épinglée par l'inspection du travail.", "The labour inspectorate was rebuked by Terrena.", "inspectorate was rebuked by Terrena"],
    ["Le laboratoire Servier a été épinglé par l'agence ANSM.", "The ANSM agency was rebuked by Servier.", "agency was rebuked by Servier"],
  ])("flags %j rendered %j", (source, target, targetText) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(finding.message).toContain("who acts is turned round");
    expect(targetTextOf(finding, target)).toBe(targetText);
  });

  it.each([
    ["La coopérative Terrena a été épinglée par l'inspection du travail.", "Terrena was rebuked by the labour inspectorate."],
    ["La coopérative Terrena a été épinglée par l'inspection du travail.", "The labour inspectorate rebuked Terrena."],
    ["Le laboratoire Servier a été épinglé par l'agence ANSM.", "Servier was rebuked by the ANSM agency."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
