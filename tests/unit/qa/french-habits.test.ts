import { describe, expect, it } from "vitest";
import { expectFlaggedNotTwin, findingsOf } from "./helpers";

const check = (source: string, target: string) => findingsOf("french-convention", source, target);

// French conventions carried into news English, each beside its corrected twin.
describe("french-convention: French habits in news English", () => {
  it.each([
    ["M. Dupont, directeur du lycée, a démissionné.", "M. Dupont, the school's head, has resigned.", "Mr Dupont, the school's head, has resigned.", "M.", "M. Dupont"],
    ["Mme Martin a présenté le budget de la région.", "Mme Martin presented the regional budget.", "Ms Martin presented the regional budget.", "Mme", "Mme Martin"],
    ["Le réseau transporte actuellement deux millions de voyageurs par jour.", "The network actually carries two million passengers a day.", "The network currently carries two million passengers a day.", "actually", "actuellement"],
    ["Le ministère pourrait éventuellement prolonger l'aide aux éleveurs.", "The ministry could eventually extend aid to livestock farmers.", "The ministry could possibly extend aid to livestock farmers.", "eventually", "éventuellement"],
    ["Plus de 300 chercheurs ont assisté à la conférence.", "More than 300 researchers assisted at the conference.", "More than 300 researchers attended the conference.", "assisted at", "assisté à"],
    ["La grève des contrôleurs commencera le 3 mars.", "The air traffic controllers' strike will begin the 3 March.", "The air traffic controllers' strike will begin on 3 March.", "the 3 March", "le 3 mars"],
    ["Les résultats du concours seront publiés le 12 juin, a indiqué l'université.", "The exam results will be published on the 12 June, the university said.", "The exam results will be published on 12 June, the university said.", "the 12 June", "le 12 juin"],
    ["Le prix du blé augmente depuis janvier.", "The price of wheat is rising since January.", "The price of wheat has been rising since January.", "is rising since January", "depuis"],
    ["Les conducteurs de bus sont en grève depuis lundi.", "Bus drivers are striking since Monday.", "Bus drivers have been on strike since Monday.", "are striking since Monday", "depuis"],
    ["La Comédie de Reims reprend « Le Cid » de Corneille.", "The Comédie de Reims is staging “Le Cid” of Corneille.", "The Comédie de Reims is staging Corneille's “Le Cid”.", "of Corneille", "» de Corneille"],
    ["Monsieur le Président de la République, les agriculteurs vous attendent.", "Mr. President of the Republic, farmers are waiting for you.", "Mr. President, farmers are waiting for you.", "Mr. President of the Republic", "Monsieur le Président"],
    ["La fermeture de la ligne a provoqué la colère des élus des communes desservies.", "The closure of the line angered the elected of the towns it served.", "The closure of the line angered elected officials in the towns it served.", "the elected of", "des élus des"],
    ["Les blessés de l'accident de car ont été transférés à Lyon.", "The injured of the coach crash were taken to Lyon.", "Those injured in the coach crash were taken to Lyon.", "The injured of", "Les blessés de"],
    ["Le chômage des jeunes a atteint 18 % en mars.", "Youth unemployment reached 18 % in March.", "Youth unemployment reached 18% in March.", " %", " %"],
  ])("flags %j → %j, not its twin", (source, wrong, right, targetText, sourceText) => {
    expectFlaggedNotTwin("french-convention", source, wrong, right, targetText, sourceText);
  });

  it.each([
    ["Le lauréat, J. M. Coetzee, était absent.", "The winner, J. M. Coetzee, was absent."],
    ["La date limite du 3 mars a été repoussée.", "The 3 March deadline has been pushed back."],
    ["Le prix du blé a augmenté depuis janvier.", "It is the highest price since January."],
    ["Euh… en fait, nous sommes actuellement occupés à combattre des trolls.", "Um… actually, we are presently busy fighting trolls."],
    ["Les élus de la région dénoncent la haine des migrants.", "Regional councillors denounce the hatred of migrants."],
  ])("leaves English usage alone: %j → %j", (source, target) => {
    expect(check(source, target)).toEqual([]);
  });
});
