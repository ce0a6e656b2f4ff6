import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// Issue 12: "faute de", "à défaut de", "en l'absence de" say that something is missing, with no "ne"
// for the negators to count. An English that says it present reverses the sentence.

describe("negation-mismatch on a lack said as a presence", () => {
  it.each([
    ["Faute d'accord entre les syndicats et la direction, la grève se poursuivra lundi.",
      "Following an agreement between the unions and management, the strike will continue on Monday.", "Faute d'accord"],
    ["Le festival a été annulé faute de financements suffisants, a annoncé son directeur.",
      "The festival has been cancelled despite sufficient funding, its director announced.", "faute de financements"],
    // The English "not" renders the French "ne … pas": none is left for the lack.
    ["Le pont ne rouvrira pas cet été, faute d'accord avec la région sur les travaux.",
      "The bridge will not reopen this summer, after an agreement with the region on the works.", "faute d'accord"],
    ["En l'absence de preuves, le juge a ordonné la libération du suspect.",
      "With fresh evidence, the judge ordered the suspect's release.", "En l'absence de preuves"],
  ])("flags %j rendered with the thing present", (source, target, lack) => {
    const found = findingsOf("negation-mismatch", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toEqual([lack]);
  });

  it.each([
    ["Faute d'accord entre les syndicats et la direction, la grève se poursuivra lundi.", "With no agreement between unions and management, the strike will go on on Monday."],
    ["Le festival a été annulé faute de financements suffisants, a annoncé son directeur.", "The festival has been cancelled for lack of sufficient funding, its director announced."],
    ["Le pont ne rouvrira pas cet été, faute d'accord avec la région sur les travaux.", "The bridge will not reopen this summer because no deal has been reached with the region on the works."],
    ["En l'absence de preuves, le juge a ordonné la libération du suspect.", "In the absence of evidence, the judge ordered the suspect's release."],
    ["Faute de prêtres, le diocèse a regroupé ses paroisses.", "With too few priests, the diocese has merged its parishes."],
    ["Faute de repreneur, l'usine fermera en juin.", "Failing a buyer, the plant will close in June."],
    // A lack denied is a presence; "faute de quoi" is "otherwise".
    ["Ce n'est pas faute d'efforts : le club a tout tenté.", "It is not for want of trying: the club tried everything."],
    ["Le texte doit être voté avant juin, faute de quoi la réforme sera reportée.", "The bill must pass by June, or the reform will be postponed."],
  ])("is quiet when the English says the lack: %j → %j", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});
