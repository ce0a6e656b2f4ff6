import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// Faithful renderings of news on domains no batch had used (clean news dev6) that raised alarms: an NGO
// named by what it does, the head of state named by his title, a court's president who is no head of state.
describe("checks quiet on faithful news of new domains", () => {
  it.each([
    ["name-mismatch", "Selon l'ONG Amnesty International, au moins 40 manifestants ont été arrêtés dimanche à Tbilissi.",
      "At least 40 protesters were arrested in Tbilisi on Sunday, according to the rights group Amnesty International."],
    ["name-mismatch", "Le PIB de la Zambie a progressé de 4 % l'an dernier, selon le FMI.", "Zambia's economic output grew by 4% last year, according to the IMF."],
    ["content-omission", "Le Kazakhstan a annoncé jeudi la libération de 1 200 détenus à l'occasion de la fête de la République, dans le cadre d'une grâce présidentielle signée par le chef de l'État, Kassym-Jomart Tokaïev.",
      "Kazakhstan on Thursday announced the release of 1,200 prisoners to mark Republic Day, under a pardon signed by President Kassym-Jomart Tokayev."],
    ["entity-mismatch", "Le président de la Cour suprême brésilienne a suspendu jeudi le décret du gouvernement.",
      "The chief justice of Brazil's Supreme Court on Thursday suspended the government's decree."],
    ["entity-mismatch", "Le président du club, Joan Laporta, a été entendu par la police catalane.", "Club president Joan Laporta was questioned by Catalan police."],
    // Exonyms and former names past any transliteration, and armed groups named by a French transliteration or translation (clean news dev7).
    ["entity-mismatch", "À Bombay, la police a interpellé douze militants après l'attaque d'un cinéma.", "In Mumbai, police detained twelve activists after an attack on a cinema."],
    ["entity-mismatch", "En Bachkirie, des centaines de personnes ont manifesté devant le tribunal.", "In Bashkortostan, hundreds of people protested outside the court."],
    ["entity-mismatch", "Le groupe Hayat Tahrir al-Cham (HTC) a pris le contrôle d'Alep.", "Hayat Tahrir al-Sham (HTS) has taken control of Aleppo."],
    ["entity-mismatch", "Une faction du Hachd al-Chaabi a revendiqué l'attaque.", "A faction of the Popular Mobilisation Forces claimed the attack."],
    ["entity-mismatch", "Les Forces de soutien rapide (FSR) ont pris El-Facher.", "The Rapid Support Forces (RSF) have seized El Fasher."],
    // A name spelt out before its acronym in brackets, the English keeping the acronym alone (clean news dev8).
    ["entity-mismatch", "L'École polytechnique fédérale de Zurich (EPFZ) a été classée par le Times au premier rang européen, détrônant Cambridge.",
      "The Times has ranked Switzerland's EPFZ top in Europe, dethroning Cambridge."],
    ["name-mismatch", "L'Institut fédéral de technologie de Lausanne (IFTL) a ouvert un campus à Sion.", "Switzerland's IFTL has opened a campus in Sion."],
    ["content-omission", "Selon la Commission nationale de contrôle des techniques de renseignement (CNCTR), le service a conservé des écoutes pendant trop longtemps.",
      "The service kept wiretaps for too long, according to the CNCTR."],
  ])("%s is quiet on “%s” rendered “%s”", (checkId, source, target) => {
    expect(findingsOf(checkId, source, target)).toEqual([]);
  });

  it.each([
    ["name-mismatch", "Selon l'ONG Amnesty International, au moins 40 manifestants ont été arrêtés dimanche à Tbilissi.",
      "At least 40 protesters were arrested in Tbilisi on Sunday, according to the rights group."],
    ["entity-mismatch", "Le président de la République a reçu jeudi les syndicats.", "The Constitutional Council received the unions on Thursday."],
    // Two company names that open alike are two names when the rest is spelt otherwise.
    ["entity-mismatch", "La start-up Helix Biosciences a levé 40 millions de dollars auprès de fonds californiens.", "Start-up Helix Bioworks has raised $40 million from Californian funds."],
    ["entity-mismatch", "Une faction du Hachd al-Chaabi a revendiqué l'attaque.", "A faction of Hezbollah claimed the attack."],
    ["entity-mismatch", "À Bombay, la police a interpellé douze militants après l'attaque d'un cinéma.", "In Kolkata, police detained twelve activists after an attack on a cinema."],
  ])("%s still flags “%s” rendered “%s”", (checkId, source, target) => {
    expect(findingsOf(checkId, source, target).length).toBeGreaterThan(0);
  });
});
