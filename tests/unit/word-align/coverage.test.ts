import { beforeAll, describe, expect, it } from "vitest";
import { alignWords } from "@/lib/word-align/align-words";
import { cognateScore } from "@/lib/word-align/cognates";
import { getLexicon } from "@/lib/word-align/lexicon";
import { frenchBaseForms } from "@/lib/word-align/noun-forms";
import { wordInfo } from "@/lib/word-align/words";

beforeAll(() => getLexicon(), 60_000);

function linkedPairs(source: string, target: string): string[] {
  const alignment = alignWords(source, target);
  return alignment.links.map((link) => `${alignment.source[link.source].text}→${alignment.target[link.target].text}`);
}

function linksOf(source: string, target: string, french: string): string[] {
  return linkedPairs(source, target).filter((pair) => pair.startsWith(`${french}→`));
}

describe("frenchBaseForms", () => {
  it.each([
    ["travaux", "travail"],
    ["nationaux", "national"],
    ["exceptionnelles", "exceptionnel"],
    ["sportives", "sportif"],
    ["créatrices", "createur"],
    ["vétustes", "vetuste"],
    ["relogées", "reloge"],
  ])("reads %s as %s", (word, base) => {
    expect(frenchBaseForms(wordInfo(word, "source").folded)).toContain(base);
  });

  it("leaves short words and non-words alone", () => {
    expect(frenchBaseForms("bus")).toEqual([]);
    expect(frenchBaseForms("covid-19")).toEqual([]);
  });
});

describe("cognateScore", () => {
  const score = (french: string, english: string, isUnlisted = true) => cognateScore(wordInfo(french, "source"), wordInfo(english, "target"), isUnlisted);

  it.each([
    ["récemment", "recently"],
    ["fréquemment", "frequently"],
    ["rapidement", "rapidly"],
    ["modifier", "modify"],
    ["contribuer", "contribute"],
    ["établir", "establish"],
    ["économiques", "economical"],
    ["étudiants", "students"],
    ["organisation", "organization"],
  ])("takes %s for %s", (french, english) => {
    expect(score(french, english)).toBeGreaterThanOrEqual(0.7);
  });

  it.each([
    // False friends: one letter apart after the rules, but the lexicon knows what they mean.
    ["actuellement", "actually", false],
    ["éventuellement", "eventually", false],
    ["étage", "stage", false],
    // And words that only share an opening.
    ["parler", "party", true],
    ["marcher", "market", true],
    ["agréments", "agreements", false],
  ])("does not take %s for %s", (french, english, isUnlisted) => {
    expect(score(french, english, isUnlisted)).toBeLessThan(0.5);
  });
});

describe("alignWords on news words of untuned domains", () => {
  it.each([
    // Irregular plurals by their singular.
    ["Les travaux de la gare dureront deux ans.", "Work on the station will last two years.", "travaux", "travaux→Work"],
    // A hyphenated English word by its parts.
    ["Un garçon de 7 ans a été retrouvé sain et sauf.", "A seven-year-old boy was found safe and well.", "ans", "ans→seven-year-old"],
    ["Les billets à bas prix seront vendus en ligne.", "The low-cost tickets will be sold online.", "prix", "prix→low-cost"],
    // A French compound by its parts.
    ["Un camion-citerne s'est renversé sur l'autoroute.", "A tanker lorry overturned on the motorway.", "camion-citerne", "camion-citerne→lorry"],
    // A multi-word unit with its verb conjugated.
    ["Les communes ont mis en œuvre le nouveau tri des déchets.", "Local councils have implemented the new waste sorting.", "œuvre", "œuvre→implemented"],
    ["Les hôpitaux font face à un afflux de malades.", "Hospitals are coping with an influx of patients.", "face", "face→coping"],
    // Modal verbs by English modals and auxiliaries.
    ["Les agriculteurs devront remplir un nouveau formulaire.", "Farmers will have to fill in a new form.", "devront", "devront→have"],
    ["Les élèves pourront choisir une option de musique.", "Pupils will be able to choose a music option.", "pourront", "pourront→able"],
    ["Le gouvernement devrait annoncer son plan mardi.", "The government should announce its plan on Tuesday.", "devrait", "devrait→should"],
    // Adverbs and prepositions English says with closed-class words.
    ["Parmi les blessés figurent deux pompiers.", "Among the injured are two firefighters.", "Parmi", "Parmi→Among"],
    ["Lorsque la pluie a cessé, les secours sont arrivés.", "When the rain stopped, rescuers arrived.", "Lorsque", "Lorsque→When"],
    // Everyday words of housing, farming, migration and religion.
    ["Les locataires dénoncent la hausse des loyers.", "Tenants denounce the rise in rents.", "loyers", "loyers→rents"],
    ["Les éleveurs de volailles craignent la grippe aviaire.", "Poultry farmers fear bird flu.", "volailles", "volailles→Poultry"],
    ["Les garde-côtes ont secouru une embarcation en détresse.", "Coastguards rescued a boat in distress.", "embarcation", "embarcation→boat"],
    ["Les pèlerins ont assisté à la messe dans la basilique.", "Pilgrims attended mass in the basilica.", "pèlerins", "pèlerins→Pilgrims"],
    // A participle a dictionary also lists as a word of its own keeps its verb's renderings ("confié": "confier" entrusts).
    ["L'État a confié la gestion du port à une société privée.", "The state has entrusted the running of the port to a private company.", "confié", "confié→entrusted"],
  ])("links %j to %j", (source, target, _french, expected) => {
    expect(linkedPairs(source, target)).toContain(expected);
  });

  it.each([
    // Clean twins: the English leaves the word out, so nothing may stand for it.
    ["Les travaux de la gare dureront deux ans.", "The station will stay shut for two years.", "travaux"],
    ["Un garçon de 7 ans a été retrouvé sain et sauf.", "A boy of seven was found safe and well.", "ans"],
    ["Les billets à bas prix seront vendus en ligne.", "Cheap tickets will be sold online.", "prix"],
    ["Les locataires dénoncent la hausse des loyers.", "Tenants denounce the rising cost of living.", "loyers"],
    ["Les pèlerins ont assisté à la messe dans la basilique.", "Visitors attended a service in the basilica.", "pèlerins"],
    ["Les agriculteurs devront remplir un nouveau formulaire.", "Farmers fill in a new form.", "devront"],
    ["Le gouvernement devrait annoncer son plan mardi.", "The government announced its plan on Tuesday.", "devrait"],
    ["Parmi les blessés figurent deux pompiers.", "Two firefighters were injured.", "Parmi"],
  ])("links nothing for the word the English leaves out: %j / %j", (source, target, french) => {
    expect(linksOf(source, target, french)).toEqual([]);
  });
});
