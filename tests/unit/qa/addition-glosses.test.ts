import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

// Glosses a newsroom adds for foreign readers, from clean news adaptations (issue 12).
const RATP = "Le trafic sera très perturbé jeudi sur les lignes RER B et D en raison d'un mouvement social, a prévenu la RATP.";
const PREFECTURE = "Il n'a pas hésité à plonger dans la Seine pour sauver un enfant tombé d'une péniche, a salué la préfecture de police.";
const CONGRESS = "Le texte n'a pas obtenu la majorité nécessaire des trois cinquièmes au Congrès, réuni à Versailles.";
const DREES = "Environ 1,8 million de retraités touchent le minimum vieillesse, selon la Drees.";

describe("content-addition and addition on glossed names", () => {
  it.each([
    [RATP, "Services on the RER B and D commuter lines will be severely disrupted on Thursday because of a strike, Paris transport operator RATP warned."],
    [PREFECTURE, "He was quick to dive into the Seine to rescue a child who had fallen from a barge, the Paris police headquarters said in tribute."],
    [CONGRESS, "The bill failed to win the three-fifths majority it needed in Congress, the joint session of parliament held in Versailles."],
  ])("reads the gloss of a name in “%s” → “%s” as no addition", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });

  it.each([
    [RATP, "Services on the RER B and D commuter lines will be severely disrupted on Thursday because of a strike, Lyon transport operator RATP warned."],
    [CONGRESS, "The bill failed to win the three-fifths majority it needed in Congress, the joint session of parliament held in Versailles after weeks of bitter wrangling between senators."],
  ])("still flags what the gloss does not explain in “%s” → “%s”", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toHaveLength(1);
  });

  it("measures the length of a target without the gloss of a name", () => {
    expect(findingsOf("addition", DREES, "Around 1.8 million pensioners receive the minimum old-age pension, according to the health ministry's statistics arm Drees.")).toEqual([]);
    expect(findingsOf("addition", DREES, "Around 1.8 million pensioners receive the minimum old-age pension, most of them elderly widows living alone in small villages, according to Drees.")).toHaveLength(1);
  });
});

describe("content-addition on the gloss of a name that keeps French words", () => {
  const FETE = "Des milliers de concerts gratuits sont prévus samedi pour la Fête de la musique.";

  it("reads the gloss after “Fête de la Musique”, the setting in it too, as no addition", () => {
    expect(findingsOf("content-addition", FETE, "Thousands of free concerts are planned on Saturday for the Fête de la Musique, France's midsummer street festival.")).toEqual([]);
  });

  it("still flags a clause after the gloss, and a gloss naming another place", () => {
    const clause = "Thousands of free concerts are planned on Saturday for the Fête de la Musique, France's midsummer street festival, despite a heatwave warning across much of the country.";
    expect(findingsOf("content-addition", FETE, clause).map((finding) => targetTextOf(finding, clause))).toEqual(["despite a heatwave warning across much of the country"]);
    expect(findingsOf("content-addition", FETE, "Thousands of free concerts are planned on Saturday for the Fête de la Musique, Lyon's midsummer street festival.")).toHaveLength(1);
  });
});

describe("content-addition and addition on a gloss that repeats a word of the sentence", () => {
  const SNSM = "Les bénévoles de la SNSM ont secouru 42 plaisanciers ce week-end au large de la Bretagne.";
  const SPA = "Les refuges de la SPA sont saturés après un été record d'abandons d'animaux.";

  it("reads the gloss as one though the aligner links a French word into it (“secouru” → “rescue”)", () => {
    expect(findingsOf("content-addition", SNSM, "Volunteers from the SNSM, France's volunteer sea rescue service, rescued 42 boaters off Brittany this weekend.")).toEqual([]);
  });

  it("measures the length without a gloss of four words besides the setting (“animaux” → its “animal”)", () => {
    expect(findingsOf("addition", SPA, "Animal shelters run by the SPA, France's main animal welfare charity, are full after a record summer of abandoned pets.")).toEqual([]);
  });

  it("still flags what follows the gloss, and a gloss naming another country", () => {
    const clause = "Volunteers from the SNSM, France's volunteer sea rescue service, rescued 42 boaters off Brittany this weekend despite gale-force winds that grounded their helicopter.";
    expect(findingsOf("content-addition", SNSM, clause).map((finding) => targetTextOf(finding, clause))).toEqual(["despite gale-force winds that grounded their helicopter"]);
    expect(findingsOf("content-addition", SNSM, "Volunteers from the SNSM, Spain's volunteer sea rescue service, rescued 42 boaters off Brittany this weekend.")).toHaveLength(1);
    expect(findingsOf("addition", SPA, "Animal shelters run by the SPA, France's main animal welfare charity, are full after a record summer of abandoned pets, most of them dogs left at motorway service stations by families leaving on holiday.")).toHaveLength(1);
  });
});

describe("content-addition on the gloss of a French word the English keeps as a name", () => {
  const LIVRET = "Le plafond du livret A passera à 25 000 euros en janvier, a annoncé le ministre de l'Économie.";

  it("reads “the Livret A tax-free savings account” as a name and its gloss", () => {
    expect(findingsOf("content-addition", LIVRET, "The ceiling on the Livret A tax-free savings account will rise to 25,000 euros in January, the economy minister said.")).toEqual([]);
  });

  it("still flags a clause the French does not have", () => {
    const target = "The ceiling on the Livret A tax-free savings account will rise to 25,000 euros in January, a move the banks lobbied against for months, the economy minister said.";
    expect(findingsOf("content-addition", LIVRET, target).map((finding) => targetTextOf(finding, target))).toEqual(["a move the banks lobbied against for months"]);
  });
});
