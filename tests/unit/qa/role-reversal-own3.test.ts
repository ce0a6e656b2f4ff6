import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

// Readings added for the third batch of hand-written role reversals (bench/meaning/news/roles-own3.json).
describe("role-reversal: the subject of an English object relative", () => {
  it.each([
    // "qui" made "that the X <verb>": the antecedent went from acting to acted upon.
    ["Le camion qui a percuté l'autocar transportait des produits chimiques.", "The lorry that the coach hit was carrying chemicals.", /lorry that the coach hit/],
    ["Le patient qui a frappé l'infirmière a été interpellé.", "The patient that the nurse hit has been arrested.", /patient that the nurse hit/],
    // A subject of two words after "that the": "the school bus hit".
    ["La voiture qui a percuté le bus scolaire a pris la fuite.", "The car that the school bus hit drove off.", /car that the school bus hit/],
    ["Les militants qui ont insulté le maire adjoint ont été identifiés.", "The activists that the deputy mayor insulted have been identified.", /activists that the deputy mayor insulted/],
    ["Les éleveurs qui ont bloqué la laiterie réclament un meilleur prix du lait.", "The farmers that the dairy blocked are demanding a better milk price.", /farmers that the dairy blocked/],
  ])("flags %j rendered %j", (source, target, where) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toMatch(where);
  });

  it.each([
    ["Le camion qui a percuté l'autocar transportait des produits chimiques.", "The lorry that hit the coach was carrying chemicals."],
    ["L'infirmière que le patient a frappée a porté plainte.", "The nurse that the patient hit has filed a complaint."],
    ["La laiterie que les éleveurs ont bloquée a fermé ses portes.", "The dairy that the farmers blocked has closed its doors."],
    ["Le bus scolaire que la voiture a percuté transportait vingt enfants.", "The school bus that the car hit was carrying twenty children."],
    ["Le maire adjoint que les militants ont insulté a porté plainte.", "The deputy mayor that the activists insulted has filed a complaint."],
    ["Le budget que le conseil a réduit sera voté en mars.", "The budget that the council cut will be voted on in March."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});

describe("role-reversal: an English subject qualified by a place", () => {
  it.each([
    // "X in Y <verb>": X is the subject, not the place after "in".
    ["Le laboratoire a versé deux millions d'euros aux médecins de la région.", "Doctors in the region paid two million euros to the laboratory.", /Doctors in the region paid/],
    ["La mairie a subventionné les commerçants du centre-ville.", "Shopkeepers in the town centre subsidised the town hall.", /Shopkeepers in the town centre subsidised/],
  ])("flags %j rendered %j", (source, target, where) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toMatch(where);
  });

  it.each([
    ["Le laboratoire a versé deux millions d'euros aux médecins de la région.", "The laboratory paid two million euros to doctors in the region."],
    ["Les médecins de la région ont versé deux millions d'euros au laboratoire.", "Doctors in the region paid two million euros to the laboratory."],
    ["La mairie a subventionné les commerçants du centre-ville.", "The town hall subsidised shopkeepers in the town centre."],
    ["Les enseignants de Seine-Saint-Denis ont interpellé le rectorat.", "Teachers in Seine-Saint-Denis challenged the education authority."],
    ["En 2019, le ministère a versé une prime aux enseignants.", "In 2019 the ministry paid a bonus to teachers."],
    // A passive takes no object: "la nuit" says when, so "will close" turned the voice of one participant only.
    ["Les urgences de l'hôpital de Quimper seront fermées la nuit pendant l'été.", "The emergency department at Quimper hospital will close at night during the summer."],
    ["La piscine municipale sera fermée tout le mois d'août.", "The municipal swimming pool will close for the whole of August."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});

describe("role-reversal: a present in -s after a relative \"that\"", () => {
  it.each([
    // "financé par X" made "that funds X": the agent became the one acted upon.
    ["Le musée a reçu un don d'une fondation financée par la région.", "The museum received a donation from a foundation that funds the region.", /funds the region/],
    ["Le club soutient un projet financé par la commune.", "The club supports a project that finances the town.", /finances the town/],
  ])("flags %j rendered %j", (source, target, where) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toMatch(where);
  });

  it.each([
    ["Le musée a reçu un don d'une fondation financée par la région.", "The museum received a donation from a foundation funded by the region."],
    ["Le musée a reçu un don d'une fondation que la région finance.", "The museum received a donation from a foundation that the region funds."],
    ["La région finance une fondation qui soutient le musée.", "The region funds a foundation that supports the museum."],
    ["Ce rapport montre les limites du programme.", "That report shows the limits of the programme."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});

describe("role-reversal: a passive's agent made the object of a verb the aligner left unlinked", () => {
  it.each([
    // An apposition hides the subject, and neither verb is linked: the "par" agent stands bare after the English verb.
    ["Le chauffeur, qui roulait sans permis, a été contrôlé par les douaniers à la frontière.", "The driver, who was driving without a licence, stopped customs officers at the border.", /stopped customs/],
    ["Le ministre, venu défendre sa réforme, a été hué par les agriculteurs au salon.", "The minister, who came to defend his reform, booed farmers at the show.", /booed farmers/],
    ["Le joueur, arrivé en retard, a été recadré par son entraîneur après le match.", "The player, who arrived late, reprimanded his coach after the match.", /reprimanded his coach/],
  ])("flags %j rendered %j", (source, target, where) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toMatch(where);
  });

  it.each([
    ["Le chauffeur, qui roulait sans permis, a été contrôlé par les douaniers à la frontière.", "The driver, who was driving without a licence, was stopped by customs officers at the border."],
    ["Le chauffeur, qui roulait sans permis, a été contrôlé par les douaniers à la frontière.", "Customs officers stopped the driver, who was driving without a licence, at the border."],
    ["Le ministre, venu défendre sa réforme, a été hué par les agriculteurs au salon.", "The minister, who came to defend his reform, was booed by farmers at the show."],
    ["Le joueur, arrivé en retard, a été recadré par son entraîneur après le match.", "The player, who arrived late, was reprimanded by his coach after the match."],
    // A verb whose subject undergoes keeps the French roles.
    ["La ville, déjà inondée en mai, a été frappée par une violente tempête.", "The town, already flooded in May, suffered a violent storm."],
    ["Le club, relégué l'an dernier, a été racheté par un homme d'affaires local.", "The club, relegated last year, received an offer from a local businessman."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});

describe("role-reversal: a French subject ending on a name of several words", () => {
  it.each([
    // "les usagers du RER B": the subject is "usagers", not the last word of the name.
    ["Les usagers du RER B ont lancé une pétition contre la RATP.", "The RATP launched a petition against RER B users.", /RATP launched a petition against RER B users/],
    ["Les habitants du Val Fourré ont lancé une pétition contre le bailleur.", "The landlord launched a petition against Val Fourré residents.", /landlord launched a petition against Val Fourré residents/],
  ])("flags %j rendered %j", (source, target, where) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toMatch(where);
  });

  it.each([
    ["Les usagers du RER B ont lancé une pétition contre la RATP.", "RER B users launched a petition against the RATP."],
    ["Les habitants du Val Fourré ont lancé une pétition contre le bailleur.", "Val Fourré residents launched a petition against the landlord."],
    ["Emmanuel Macron a reçu les syndicats à l'Élysée.", "Emmanuel Macron received the unions at the Élysée."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
