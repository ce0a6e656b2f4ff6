import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// French acronyms of common things and of bodies that newsroom English says in words (hand-written news
// batches gaps-own3 and roles-own, clean news dev4): their faithful renderings raised name and entity alarms.
describe("name-mismatch and entity-mismatch on French acronyms said in words", () => {
  it.each([
    ["name-mismatch", "La SNCF supprimera un TER sur trois entre Lyon et Grenoble pendant les vacances de février si les travaux sur la voie prennent du retard.",
      "SNCF will cancel one in three regional trains between Lyon and Grenoble during the February holidays if the track works fall behind schedule."],
    ["name-mismatch", "Le trafic sera fortement perturbé jeudi sur les lignes TER et Intercités, a prévenu la SNCF.",
      "Regional and intercity train services will be severely disrupted on Thursday, rail operator SNCF warned."],
    ["name-mismatch", "La Cour des comptes juge trop coûteux le dédoublement des classes de CP et de CE1 dans les zones d'éducation prioritaire.",
      "The Court of Audit considers the halving of first- and second-year primary classes in priority education areas too costly."],
    ["name-mismatch", "La DGAC a demandé aux compagnies de supprimer un quart de leurs vols à Orly jeudi en raison d'une grève des contrôleurs aériens.",
      "The civil aviation authority asked airlines to cancel a quarter of their Orly flights on Thursday because of an air traffic controllers' strike."],
    ["entity-mismatch", "Le rachat de la PME lyonnaise par le groupe Safran a été validé.", "The takeover of the Lyon SME by the Safran group has been approved."],
    ["entity-mismatch", "La PME bretonne, fondée en 1987 à Lorient, a été rachetée par un fonds d'investissement américain pour 45 millions d'euros.",
      "The Breton SME, founded in Lorient in 1987, was bought by an American investment fund for 45 million euros."],
    ["entity-mismatch", "Le GIEC appelle à réduire de moitié les émissions d'ici à 2030.", "The IPCC is calling for emissions to be halved by 2030."],
    ["entity-mismatch", "L'AMA a suspendu l'athlète pour quatre ans.", "WADA has banned the athlete for four years."],
  ])("%s reads the acronym of “%s” in “%s”", (checkId, source, target) => {
    expect(findingsOf(checkId, source, target)).toEqual([]);
  });

  it.each([
    ["name-mismatch", "La PME bretonne a été rachetée par un fonds américain.", "The Breton start-up was bought by an American fund."],
    ["entity-mismatch", "La DGAC a demandé aux compagnies de supprimer un quart de leurs vols à Orly jeudi.", "The SNCF asked airlines to cancel a quarter of their Orly flights on Thursday."],
  ])("%s still flags the acronym of “%s” missing or replaced in “%s”", (checkId, source, target) => {
    expect(findingsOf(checkId, source, target)).toHaveLength(1);
  });
});

// A body's name whose words the lexicon lacked: "sûreté" is "safety" (roles-own t20).
describe("entity-mismatch on a body's name translated word by word", () => {
  it("reads “Nuclear Safety Authority” as the Autorité de sûreté nucléaire", () => {
    expect(findingsOf("entity-mismatch", "EDF a été mis en demeure par l'Autorité de sûreté nucléaire.", "EDF was given formal notice by the Nuclear Safety Authority.")).toEqual([]);
  });
});

// A relative clause whose words the lexicon lacked: "rouler à contresens sur la rocade" (clean news dev4).
describe("content-addition on driving words", () => {
  it("reads “driving the wrong way on the ring road” as the French relative clause", () => {
    expect(findingsOf("content-addition", "La conductrice, qui roulait à contresens sur la rocade, a été placée en garde à vue.",
      "The woman, who had been driving the wrong way on the ring road, was taken into police custody.")).toEqual([]);
  });
});
