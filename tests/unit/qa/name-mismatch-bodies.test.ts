import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

const COUR_DES_COMPTES = "Les travaux du réacteur EPR de Flamanville, lancés en 2007, ont coûté quatre fois plus que prévu, a estimé la Cour des comptes.";

// A French body named by what it does in newsroom English (clean news adaptations, issue 12).
describe("name-mismatch on bodies rendered by their role", () => {
  it("reads “the national audit office” as the Cour des comptes", () => {
    expect(findingsOf("name-mismatch", COUR_DES_COMPTES, "The Flamanville EPR reactor, on which work began in 2007, cost four times more than planned, the national audit office estimated.")).toEqual([]);
  });

  it("still flags the Cour des comptes rendered as another body", () => {
    expect(findingsOf("name-mismatch", COUR_DES_COMPTES, "The Flamanville EPR reactor, on which work began in 2007, cost four times more than planned, the national statistics office estimated.")).toHaveLength(1);
  });
});

describe("name-mismatch on a hyphenated body after its article", () => {
  const SOURCE = "Plus de 10 000 personnes ont fui le Soudan vers le Tchad en une semaine, selon le Haut-Commissariat de l'ONU pour les réfugiés.";

  it("reads “the UN refugee agency” as the Haut-Commissariat, a common word made solemn like “la Cour”", () => {
    expect(findingsOf("name-mismatch", SOURCE, "More than 10,000 people fled Sudan for Chad in a week, according to the UN refugee agency.")).toEqual([]);
  });

  it("still flags the ONU left out", () => {
    expect(findingsOf("name-mismatch", SOURCE, "More than 10,000 people fled Sudan for Chad in a week, according to the refugee agency.")).toHaveLength(1);
  });
});

describe("name-mismatch on an Agence rendered “authority”", () => {
  const SOURCE = "L'Agence régionale de santé a ordonné la fermeture temporaire de la maternité pour des raisons de sécurité.";

  it("reads “the regional health authority” as the Agence régionale de santé", () => {
    expect(findingsOf("name-mismatch", SOURCE, "The regional health authority ordered the maternity unit to close temporarily for safety reasons.")).toEqual([]);
  });

  it("still flags the Agence rendered as another body", () => {
    expect(findingsOf("name-mismatch", SOURCE, "The regional health council ordered the maternity unit to close temporarily for safety reasons.")).toHaveLength(1);
  });
});

describe("name-mismatch on seats of power and fixed names", () => {
  const ELYSEE = "Le service national universel ne sera finalement pas rendu obligatoire, a tranché l'Élysée.";
  const TERRE = "L'armée de Terre peine à recruter, avec près de 2 000 postes restés vacants l'an dernier.";

  it.each([
    [ELYSEE, "Universal national service will not be made compulsory after all, the presidency ruled."],
    [TERRE, "The army is struggling to recruit, with almost 2,000 posts left unfilled last year."],
  ])("reads the name of “%s” in “%s”", (source, target) => {
    expect(findingsOf("name-mismatch", source, target)).toEqual([]);
  });

  it.each([
    [ELYSEE, "Universal national service will not be made compulsory after all, the prime minister's office ruled."],
    [TERRE, "The navy is struggling to recruit, with almost 2,000 posts left unfilled last year."],
  ])("still flags another body in “%s” → “%s”", (source, target) => {
    expect(findingsOf("name-mismatch", source, target)).toHaveLength(1);
  });
});

describe("name-mismatch on a French acronym said in full", () => {
  const SOURCE = "Le Pacs attire désormais presque autant de couples que le mariage.";

  it("reads “civil partnerships” as the Pacs", () => {
    expect(findingsOf("name-mismatch", SOURCE, "Civil partnerships now attract almost as many couples as marriage.")).toEqual([]);
  });

  it("still flags the Pacs rendered as something else", () => {
    const source = "Les couples liés par un Pacs pourront bientôt adopter.";
    expect(findingsOf("name-mismatch", source, "Couples in a civil partnership will soon be able to adopt.")).toEqual([]);
    expect(findingsOf("name-mismatch", source, "Couples in a church wedding will soon be able to adopt.")).toHaveLength(1);
  });
});

// Sport: English names a club by its city ("Marseille" for "l'OM") where the French names the city too.
describe("name-mismatch on a club's initials rendered by its city", () => {
  it.each([
    ["L'OM s'est imposé 2-0 face à Brest dimanche. Les Marseillais restent invaincus à domicile.", "Marseille beat Brest 2-0 on Sunday. They remain unbeaten at home."],
    ["Le PSG s'est imposé 3-1 face à Lens samedi. Les Parisiens restent en tête du championnat.", "Paris beat Lens 3-1 on Saturday. They remain top of the league."],
    ["L'OL a été battu à domicile par Nice. Les Lyonnais ont encaissé trois buts.", "Lyon were beaten at home by Nice. They conceded three goals."],
  ])("stays silent on %j → %j", (source, target) => {
    expect(findingsOf("name-mismatch", source, target)).toEqual([]);
  });

  it.each([
    // Another club's city.
    ["L'OL a été battu à domicile par Nice. Les Lyonnais ont encaissé trois buts.", "Lille were beaten at home by Nice. They conceded three goals."],
  ])("still flags %j → %j", (source, target) => {
    expect(findingsOf("name-mismatch", source, target)).toHaveLength(1);
  });
});
