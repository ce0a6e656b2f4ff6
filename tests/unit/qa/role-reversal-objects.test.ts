import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// Objects and complements the argument reading used to miss: hyphenated cardinals, bare English
// objects, "à" rendered "from", a noun's recipient, a possessive beside "by", an adverb before the verb.
const CASES: [construction: string, source: string, faithful: string, reversed: string][] = [
  ["a hyphenated cardinal opens the object", "Airbus a livré quarante-cinq hélicoptères à la compagnie Qatar Airways.", "Airbus delivered forty-five helicopters to Qatar Airways.", "Qatar Airways delivered forty-five helicopters to Airbus."],
  ["a bare name is the English object", "Rachida Dati succède à Anne Hidalgo à la mairie de Paris.", "Rachida Dati succeeds Anne Hidalgo as mayor of Paris.", "Anne Hidalgo succeeds Rachida Dati as mayor of Paris."],
  ["a bare plural is the English object", "Les policiers ont interpellé des manifestants devant la préfecture.", "Police officers arrested protesters outside the prefecture.", "Protesters arrested police officers outside the prefecture."],
  ["\"à\" is rendered \"from\"", "La commune a racheté l'ancienne caserne à l'armée.", "The town bought the old barracks from the army.", "The army bought the old barracks from the town."],
  ["a noun's recipient", "Le soutien de la région aux agriculteurs atteint deux millions d'euros.", "The region's support for farmers reaches two million euros.", "The farmers' support to the region reaches two million euros."],
  ["a French \"de\" compound and its English one, \"for\" a recipient", "L'aide de l'État aux éleveurs de porcs dépasse cent millions d'euros.", "The state's aid for pig farmers exceeds a hundred million euros.", "Pig farmers' aid for the state exceeds a hundred million euros."],
  ["a possessive beside \"by\" is the one acted upon", "L'expulsion des squatteurs par la préfecture a eu lieu mardi.", "The squatters' eviction by the prefecture took place on Tuesday.", "The prefecture's eviction by the squatters took place on Tuesday."],
  ["a French name with no article is the verb's object", "Le général Abdel Fattah al-Burhane, qui avait renversé Omar el-Béchir en avril 2019, dirige toujours le Soudan.", "General Abdel Fattah al-Burhan, who overthrew Omar al-Bashir in April 2019, still rules Sudan.", "General Abdel Fattah al-Burhan, who was overthrown by Omar al-Bashir in April 2019, still rules Sudan."],
  ["a French name of three words is the verb's object", "Le capitaine Ibrahim Traoré, qui avait évincé Paul-Henri Damiba en septembre 2022, a prolongé la transition de cinq ans.", "Captain Ibrahim Traoré, who ousted Paul-Henri Damiba in September 2022, has extended the transition by five years.", "Captain Ibrahim Traoré, who was ousted by Paul-Henri Damiba in September 2022, has extended the transition by five years."],
  ["an adverb before the verb", "Les infirmières ont finalement rejeté l'offre de la direction.", "The nurses eventually rejected management's offer.", "Management eventually rejected the nurses' offer."],
];

describe("role-reversal: objects, recipients and possessives read around the verb", () => {
  it.each(CASES)("flags %s: %j reversed", (_construction, source, _faithful, reversed) => {
    expect(findingsOf("role-reversal", source, reversed)).toHaveLength(1);
  });

  it.each(CASES)("accepts %s: %j rendered %j", (_construction, source, faithful) => {
    expect(findingsOf("role-reversal", source, faithful)).toEqual([]);
  });

  it.each([
    // "à" with a recipient that stays in the same place under a dative shift.
    ["Le Crédit agricole a accordé un prêt à la start-up nantaise.", "Crédit Agricole granted the Nantes start-up a loan."],
    // After a reporting verb the bare plural opens a clause: it is no object.
    ["Le ministre a dit que les agriculteurs seraient indemnisés.", "The minister said farmers would be compensated."],
    ["La région a acheté des bus électriques à un constructeur chinois.", "The region bought electric buses from a Chinese manufacturer."],
    // "de" before a bare common noun makes a compound, which English puts first: its second noun plays no role.
    ["La Cour pénale internationale a émis des mandats d'arrêt contre deux commandants de la milice.", "The International Criminal Court has issued arrest warrants for two militia commanders."],
    ["Le gouvernement a présenté un projet de loi contre la fraude sociale.", "The government has presented a bill against welfare fraud."],
    // A name after a noun names a kind; after an inverted verb of saying it is the subject.
    ["Plus de 6 000 satellites Starlink ont été lancés par la société d'Elon Musk.", "Elon Musk's company has launched more than 6,000 Starlink satellites."],
    ["« Nous ne céderons pas », a déclaré Ursula von der Leyen à Strasbourg.", "\"We will not give in,\" Ursula von der Leyen said in Strasbourg."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});

// The object's owner made the subject, the subject made the object's owner.
describe("role-reversal: subject and the object's owner traded", () => {
  it.each([
    ["Les enseignants ont rejeté le projet du ministre.", "The minister rejected the teachers' plan.", /in each other's place/],
    ["Les locataires ont finalement contesté la décision du bailleur.", "The landlord eventually contested the tenants' decision.", /in each other's place/],
    // "cheminots" has no counterpart of its own: only the owner's move to subject tells.
    ["Les cheminots ont accepté la proposition de la direction.", "The management accepted the rail workers' proposal.", /the owner of proposition/],
  ])("flags %j rendered %j", (source, target, message) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(finding.message).toMatch(message);
  });

  it.each([
    ["Les enseignants ont rejeté le projet du ministre.", "The teachers rejected the minister's plan."],
    ["Les enseignants ont rejeté le projet du ministre.", "The minister's plan was rejected by teachers."],
    ["Les locataires ont finalement contesté la décision du bailleur.", "Tenants eventually challenged the landlord's decision."],
    ["Les cheminots ont accepté la proposition de la direction.", "Rail workers accepted the management's proposal."],
    ["Les cheminots ont accepté la proposition de la direction.", "The management's proposal was accepted by rail workers."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
