import { describe, expect, it } from "vitest";
import { findingsOf, itAcceptsEach, itFlagsEach, targetTextOf } from "./helpers";

// Bodies, unions and channels named by initials or a brand in capitals: one swapped for another is a
// different body, though no check reads a word in capitals as a name.

describe("entity-mismatch on an acronym or brand swapped for another", () => {
  itFlagsEach("entity-mismatch", [
    // Hyphenated initials, and a brand with a capital inside: neither reads as a name word by word.
    ["Le syndicat CFE-CGC a signé l'accord salarial.", "The CFTC union signed the pay agreement.", /^CFTC$/],
    ["Le syndicat SNES-FSU appelle à la grève dans les collèges.", "The SE-UNSA union is calling for a strike in secondary schools.", /^SE-UNSA$/],
    ["Le débat a été diffusé dimanche sur la chaîne CNews.", "The debate was broadcast on Sunday on BFMTV.", /^BFMTV$/],
  ]);
});

describe("entity-mismatch on an acronym rendered", () => {
  itAcceptsEach("entity-mismatch", [
    // The same letters in English order, one letter apart at most.
    ["La PAC sera réformée en 2027, a indiqué la commissaire.", "The CAP will be reformed in 2027, the commissioner said."],
    ["Le CIO a attribué les Jeux de 2034 à Salt Lake City.", "The IOC awarded the 2034 Games to Salt Lake City."],
    // The French name's initials, a small word among them: "FIDE" is the "Fédération internationale des échecs".
    ["La Fédération internationale des échecs a suspendu mardi un grand maître ouzbek de 19 ans.", "World chess body FIDE on Tuesday suspended a 19-year-old Uzbek grandmaster."],
    ["La Caisse des dépôts et consignations financera le projet.", "The CDC will finance the project."],
    // A dictionary word in capitals is emphasis, not initials.
    ["Je détiens un bâton de FEU de la vertu.", "I carry a staff of righteous FLAME."],
    // "J.-C." dates an era, as "BCE" and "CE" do.
    ["Ils s'installèrent au bord du lac Baïkal vers le Xe siècle après JC.", "They settled on the shores of Lake Baikal around the 10th century CE."],
    // Kept, or spelt out by the English words' initials.
    ["La chaîne LCI a diffusé l'entretien lundi soir.", "LCI broadcast the interview on Monday evening."],
    ["Le PNF a ouvert une enquête sur le contrat.", "The national financial prosecutor's office (PNF) has opened an investigation into the contract."],
    // Both sides give the same acronym beside the name: one body, whatever each calls it.
    ["Selon la Cour des comptes polonaise, la NIK, une partie de la dette militaire échappe au contrôle du Parlement.",
      "According to Poland's Supreme Audit Office (NIK), some military debt escapes parliamentary scrutiny."],
    ["Le Bureau anticorruption roumain, le DNA, a ouvert une enquête sur le contrat.",
      "Romania's National Anticorruption Directorate, the DNA, has opened an investigation into the contract."],
  ]);
});

describe("entity-mismatch on names given with an acronym each", () => {
  it("flags two names whose acronyms differ: two bodies", () => {
    const source = "Selon la Cour des comptes polonaise, la NIK, une partie de la dette militaire échappe au contrôle du Parlement.";
    const target = "According to Poland's Constitutional Tribunal (TK), some military debt escapes parliamentary scrutiny.";
    expect(findingsOf("entity-mismatch", source, target).map((finding) => targetTextOf(finding, target))).toContain("TK");
  });
});

describe("entity-mismatch on a unit a figure counts", () => {
  itAcceptsEach("entity-mismatch", [
    // A unit counted by a figure is no body: English has its own initials for it.
    ["Le port a traité 8,6 millions d’EVP en 2023, contre 4,7 millions pour Algésiras.", "The port handled 8.6 million TEU in 2023, against 4.7 million for Algeciras."],
  ]);
});

