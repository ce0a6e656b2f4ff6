import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

describe("date-mismatch", () => {
  it.each([
    ["Dans cette lettre adressée samedi 28 octobre à Volker Türk.", "In this letter addressed on Saturday, October 28 to Volker Türk."],
    ["Le sommet aura lieu en mai 2024.", "The summit will take place in May 2024."],
    ["Les élections de mars ont été reportées.", "The March elections were postponed."],
    ["Chaque lundi et chaque jeudi, il manifestait.", "Every Monday and every Thursday, he demonstrated."],
    ["Il pourrait démissionner, selon Mars Inc.", "He may resign, according to Mars Inc."],
    ["Les urgences fermeront la nuit pendant tout le mois d'août.", "The emergency department will close at night throughout August."],
    // A day in the possessive (bench/meaning/news/dev8.json, dev9.json).
    ["Le gouvernement a présenté mercredi en Conseil des ministres trois projets de loi.", "The government presented three bills at Wednesday's cabinet meeting."],
    ["Le Rassemblement national a remporté dimanche la législative partielle.", "The National Rally won Sunday’s by-election."],
  ])("accepts days and months rendered faithfully: %s", (source, target) => {
    expect(findingsOf("date-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Dans cette lettre adressée samedi 28 octobre.", "In this letter addressed on Sunday, October 28.", "samedi", "Sunday"],
    ["Le texte a été voté le 3 février.", "The text was passed on 3 March.", "février", "March"],
    ["Le chantier durera jusqu'en avril, et non jusqu'à mai ; fin d'août au plus tard.", "The work will last until April, not until May 3; by the end of September at the latest.", "août", "September"],
  ])("flags %j rendered as %j", (source, target, sourceWord, targetWord) => {
    const [finding, ...rest] = findingsOf("date-mismatch", source, target);
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toBe(sourceWord);
    expect(targetTextOf(finding, target)).toBe(targetWord);
  });

  it("flags a month that the target drops", () => {
    const [finding] = findingsOf("date-mismatch", "Il a démissionné fin octobre.", "He resigned recently.");
    expect(finding.message).toBe("The source month “octobre” (October) is missing from the target.");
  });
});
