import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// News-register pairs written for these checks (education, transport, agriculture, science, business and
// the dev topics): each error beside a clean twin that adapts freely, as a newsroom does.

/** French, English with a phrase left out, the French phrase, a free adaptation that keeps it. */
const OMISSIONS: Array<[string, string, string, string]> = [
  ["La SNCF supprimera une centaine de trains régionaux, dont la plupart en Normandie, pendant la grève de jeudi.",
    "SNCF will cancel around a hundred regional trains during Thursday's strike.", "dont la plupart en Normandie",
    "The SNCF rail operator will cancel about 100 regional trains, most of them in Normandy, during Thursday's strike."],
  ["Les éleveurs réclament des aides, des prêts à taux zéro et un moratoire sur les importations.",
    "Livestock farmers are demanding subsidies and a moratorium on imports.", "des prêts à taux zéro",
    "Livestock farmers want subsidies, interest-free loans and a moratorium on imports."],
  ["Les chercheurs, qui travaillent depuis dix ans sur ce vaccin, espèrent lancer les essais cliniques en mars.",
    "The researchers hope to launch clinical trials in March.", "qui travaillent depuis dix ans sur ce vaccin",
    "The researchers, who have spent a decade on the vaccine, hope to begin clinical trials in March."],
  ["Le groupe a en effet enregistré une perte nette de 120 millions d'euros au premier semestre, en raison de la baisse des ventes en Chine.",
    "The group posted a net loss of 120 million euros in the first half.", "en raison de la baisse des ventes en Chine",
    "The group posted a net loss of 120 million euros in the first half because of weaker sales in China."],
  ["La maire de Lille a inauguré lundi une nouvelle ligne de tramway, qui relie la gare au campus universitaire.",
    "Lille's mayor on Monday opened a new tram line.", "qui relie la gare au campus universitaire",
    "Lille's mayor opened a new tram line on Monday linking the station to the university campus."],
  ["Les syndicats réclament une hausse des salaires et de meilleures conditions de travail.",
    "Unions are demanding better working conditions.", "une hausse des salaires",
    "Unions want higher pay and better working conditions."],
  ["Le festival, créé en 1947 par Jean Vilar, a attiré cette année plus de 100 000 spectateurs.",
    "The festival drew more than 100,000 spectators this year.", "créé en 1947 par Jean Vilar",
    "The festival, founded by Jean Vilar in 1947, drew over 100,000 people this year."],
  ["La compagnie aérienne transportera cet été des passagers vers Lisbonne, Porto et Séville.",
    "The airline will fly passengers to Lisbon and Seville this summer.", "Porto",
    "This summer the airline will fly passengers to Lisbon, Porto and Seville."],
  ["La Poste va fermer une vingtaine de bureaux, situés pour la plupart dans des communes rurales, d'ici à la fin de l'année.",
    "La Poste will close about twenty offices by the end of the year.", "situés pour la plupart dans des communes rurales",
    "La Poste, the French postal service, will shut some 20 branches, most of them in rural towns, by the end of the year."],
  ["L'entreprise a embauché des ingénieurs, des techniciens et des ouvriers qualifiés.",
    "The company hired engineers and skilled workers.", "des techniciens",
    "The firm took on engineers, technicians and skilled workers."],
];

/** French, English with an invented phrase, the English phrase, a free adaptation without it. */
const ADDITIONS: Array<[string, string, string, string]> = [
  ["Le constructeur a annoncé la fermeture de son usine de Douai.",
    "The carmaker announced the closure of its Douai plant, which employs 2,000 people.", "which employs 2,000 people",
    "The carmaker said it would close its factory in Douai."],
  ["Les chercheurs ont découvert une nouvelle espèce de grenouille.",
    "The researchers discovered a new species of frog in the Amazon rainforest.", "in the Amazon rainforest",
    "Researchers have found a new frog species."],
  ["Les enseignants seront en grève jeudi contre la réforme du collège.",
    "Teachers will strike on Thursday against the middle-school reform, their third walkout since September.", "their third walkout since September",
    "Teachers will walk out on Thursday in protest at the middle-school reform."],
  ["Le trafic a repris normalement sur la ligne A du RER.",
    "Traffic resumed normally on RER line A, ending three days of disruption.", "ending three days of disruption",
    "Trains are running normally again on line A of the RER."],
  ["Le gouvernement a lancé une campagne de vaccination contre la grippe.",
    "The government launched a flu vaccination campaign aimed at pensioners and nursing staff.", "aimed at pensioners and nursing staff",
    "The government has launched a vaccination drive against flu."],
  ["La Banque centrale européenne a maintenu ses taux directeurs.",
    "The European Central Bank, which meets in Frankfurt every six weeks, kept its key rates unchanged.", "which meets in Frankfurt every six weeks",
    "The European Central Bank left its key interest rates on hold."],
  ["Les combats ont repris dans l'est du pays.",
    "Fighting resumed in the east of the country after a two-week lull.", "after a two-week lull",
    "Fighting has flared again in the country's east."],
  ["Le musée d'Orsay prêtera une trentaine de tableaux au Japon.",
    "The Musée d'Orsay will lend around thirty paintings to Japan, including several works by Monet.", "including several works by Monet",
    "The Musée d'Orsay will lend some 30 paintings to Japan."],
  ["Le chiffre d'affaires du groupe a progressé de 4 % au troisième trimestre.",
    "The group's revenue rose 4% in the third quarter, driven by strong demand in the United States.", "driven by strong demand in the United States",
    "The group's sales grew 4% in the third quarter."],
  ["La ville a ouvert une nouvelle piscine municipale.",
    "The city opened a new municipal swimming pool, built at a cost of 12 million euros.", "built at a cost of 12 million euros",
    "The town has opened a new public pool."],
];

/** Adaptations that drop "en effet" and "notamment" and gloss names ("the national statistics agency"). */
const ADAPTATIONS: Array<[string, string]> = [
  ["L'Insee a publié mardi ses prévisions de croissance pour l'an prochain.", "INSEE, the national statistics agency, published its growth forecasts for next year on Tuesday."],
  ["Selon Météo-France, les températures vont en effet baisser dès jeudi.", "Temperatures will drop from Thursday, according to Météo-France, the national weather service."],
  ["Air France va notamment supprimer des vols vers Nice et Toulouse.", "Air France will cut flights to Nice and Toulouse, among others."],
  ["L'agence, basée à Paris, a en effet revu sa note à la baisse.", "The Paris-based agency lowered its rating."],
  ["Le laboratoire a notamment reçu un financement de l'Union européenne.", "The lab received funding from the European Union, among other sources."],
];

describe("content-omission and content-addition on news adaptations", () => {
  it.each(OMISSIONS)("names what the English leaves out of %j", (source, target, omitted, twin) => {
    const [finding, ...rest] = findingsOf("content-omission", source, target);
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toBe(omitted);
    expect(findingsOf("content-omission", source, twin)).toEqual([]);
    expect(findingsOf("content-addition", source, twin)).toEqual([]);
  });

  it.each(ADDITIONS)("names what the English adds to %j", (source, target, added, twin) => {
    const [finding, ...rest] = findingsOf("content-addition", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(added);
    expect(findingsOf("content-omission", source, twin)).toEqual([]);
    expect(findingsOf("content-addition", source, twin)).toEqual([]);
  });

  it.each(ADAPTATIONS)("stays silent on a newsroom adaptation of %j", (source, target) => {
    expect(findingsOf("content-omission", source, target)).toEqual([]);
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });
});
