import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

describe("name-mismatch", () => {
  it.each([
    ["Dans cette lettre adressée à Volker Türk, il explique son départ.", "In this letter to Volker Turk, he explains his departure."],
    ["Les Nations unies ont condamné les frappes sur Gaza.", "The United Nations condemned the strikes on Gaza."],
    ["Le gouvernement d'Israël a rejeté les accusations.", "The government of Israel rejected the accusations."],
    ["Il fut conseiller dans les Territoires palestiniens, en Afghanistan et au Soudan.", "He was an adviser in the Palestinian Territories, Afghanistan and Sudan."],
    ["Des génocides contre les Tutsis au Rwanda et les Rohingya en Birmanie.", "Genocides against the Tutsis in Rwanda and the Rohingya in Myanmar."],
    ["Interrogée par le Guardian, l'ONU a pris ses distances.", "Asked by the Guardian, the UN distanced itself."],
    ["Le respect des conventions de Genève est une obligation pour les États-Unis.", "Compliance with the Geneva Conventions is an obligation for the United States."],
    ["Mokhiber a écrit au Haut-Commissaire aux droits de l'Homme.", "Mokhiber wrote to the High Commissioner for Human Rights."],
    ["Selon lui, « Le Monde » a peu relayé la lettre.", "According to him, the French press barely covered the letter."],
    ["Il a rejoint les Alliés au Mecklembourg.", "He joined the Allied forces in Mecklenburg."],
    ["Un séisme a frappé le nord de l'île de Luçon, aux Philippines.", "An earthquake struck the north of Luzon island in the Philippines."],
  ])("accepts names kept, folded or conventionally translated: %s", (source, target) => {
    expect(findingsOf("name-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["La lettre de Craig Mokhiber circule depuis une semaine.", "The letter from Craig Mokhiper has been circulating for a week.", "Mokhiber", "Mokhiper"],
    ["Des frappes israéliennes ont touché le camp de Jabalia.", "Israeli strikes hit the Jabaria camp.", "Jabalia", "Jabaria"],
    ["Antigua-et-Barbuda est un pays des Caraïbes.", "Antigua and Barbuta is a Caribbean country.", "Barbuda", "Barbuta"],
    ["La langue Ohlone a disparu, mais les Ohlones sont reconnus.", "The Ohlone language died out, but the Ohlore are recognized.", "Ohlones", "Ohlore"],
    ["Un séisme a frappé le nord de l'île de Luçon, aux Philippines.", "An earthquake struck the north of Lupon island in the Philippines.", "Luçon", "Lupon"],
  ])("flags a name altered in the target: %s", (source, target, name, altered) => {
    const [finding, ...rest] = findingsOf("name-mismatch", source, target);
    expect(rest).toEqual([]);
    expect(finding.message).toContain(name);
    expect(targetTextOf(finding, target)).toBe(altered);
  });

  it("blames the dropped name, not one spelt the English way", () => {
    const findings = findingsOf("name-mismatch", "Les terres de la Volga et des Bachkirs.", "The lands of the Bashkirs.");
    expect(findings.map((finding) => finding.message)).toEqual(["The name “Volga” is missing from the target."]);
  });

  it.each([
    // A sentence in capitals: its capitals are shouting, not names.
    ["NE PEUX-TU DONC PAS MOURIR UNE BONNE FOIS POUR TOUTES ?!", "WILL YOU NEVER DIE?!"],
    // A capitalised function word after a comma ("Sire, Puis-je…") is no name.
    ["Monsieur le Président, Puis-je poser une question ?", "Mr. President, may I ask a question?"],
    // A French common noun made solemn by its capital, rendered in lower case.
    ["Il a été attaqué dans la Forêt Royale.", "He was attacked in the royal forest."],
    ["Le président a reçu les membres du Conseil d'État.", "The president received the members of the Council of State."],
    ["D'après Maître Dupond-Moretti, le procès sera long.", "According to Dupond-Moretti, the trial will be long."],
    // "État" in a fixed compound is the common noun state: "coup d'État" is the coup, "chef de l'État" the president.
    ["Le Niger a été suspendu de la Cédéao après le coup d'État qui a renversé le président Mohamed Bazoum.", "Niger was suspended from ECOWAS after the coup that toppled President Mohamed Bazoum."],
    ["Le chef de l’État recevra les syndicats jeudi.", "The president will meet the unions on Thursday."],
    ["Maintenant je comprends VRAIMENT pourquoi il a démissionné.", "Now I understand why he resigned."],
  ])("accepts capitals that name nothing: %s", (source, target) => {
    expect(findingsOf("name-mismatch", source, target)).toEqual([]);
  });

  it.each([
    // A body's name built on French common nouns is translated; the setting France goes with it.
    ["Selon Météo-France, les orages pourraient toucher une dizaine de départements.", "According to the national weather service, storms could hit about ten departments."],
    ["Les chiffres publiés par Santé publique France montrent une hausse des cas de rougeole.", "The figures published by the public health agency show a rise in measles cases."],
    ["À Paris, les usagers se plaignent des retards, selon Île-de-France Mobilités.", "In Paris, commuters are complaining about delays, according to the Paris region's transport authority."],
    // A seat the known bodies name by one word: any of the body's English names renders it; a body English names by what it does.
    ["Le Quai d'Orsay a convoqué l'ambassadeur d'Iran.", "Iran's ambassador was summoned by the ministry of foreign affairs."],
    ["L'ARS d'Occitanie a suspendu les visites à l'hôpital.", "The Occitanie regional health agency has suspended hospital visits."],
    // The State's office in a département is "local authorities" in wire English; its place goes with it.
    ["Deux randonneurs ont été secourus dimanche, a indiqué la préfecture des Hautes-Pyrénées.", "Two hikers were rescued on Sunday, local authorities said."],
    // A title's acronym: "PDG" is a chief executive, as "ONU" is the UN.
    ["Le PDG du groupe, Patrick Pouyanné, a défendu les résultats.", "The group's chief executive, Patrick Pouyanné, defended the results."],
  ])("accepts a body's name or a title translated word by word: %s", (source, target) => {
    expect(findingsOf("name-mismatch", source, target)).toEqual([]);
  });

  it("still flags the place of a prefecture when the English names no authority", () => {
    const findings = findingsOf("name-mismatch", "Deux randonneurs ont été secourus dimanche, a indiqué la préfecture des Hautes-Pyrénées.", "Two hikers were rescued on Sunday, the rescuers said.");
    expect(findings.length).toBeGreaterThan(0);
  });

  it("still flags a place dropped from a body's name whose other words are translated", () => {
    const findings = findingsOf("name-mismatch", "Les étudiants de l'Université de Strasbourg manifestent.", "The students of the university are protesting.");
    expect(findings.map((finding) => finding.message)).toEqual(["The name “Strasbourg” is missing from the target."]);
  });

  it("flags a name dropped though an honorific stays (“Mr.” is no name standing in for it)", () => {
    const source = "Le soutien de Mme Borne et de M. Attal est le bienvenu.";
    const findings = findingsOf("name-mismatch", source, "The support of Mr. Attal is welcome.");
    expect(findings.map((finding) => finding.message)).toEqual(["The name “Borne” is missing from the target."]);
  });

  it("flags a name missing from the target", () => {
    const [finding] = findingsOf("name-mismatch", "Il a écrit à Volker Türk samedi.", "He wrote to the commissioner on Saturday.");
    expect(finding.message).toBe("The name “Volker” is missing from the target.");
  });
});
