import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alignTexts } from "@/lib/align/align";
import { runChecks } from "@/lib/qa/run-checks";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

const DEMO = alignTexts(readFileSync("prisma/demo/mokhiber-resignation.fr.txt", "utf8"), readFileSync("prisma/demo/mokhiber-resignation.en.txt", "utf8"));
const DEMO_PAIRS = DEMO.segments.map((segment, index) => ({ id: `demo-${index}`, source: segment.source, target: segment.target, kind: segment.kind }));
const MEANING_CHECKS = new Set(["role-reversal", "negation-mismatch", "entity-mismatch"]);

describe("role-reversal read from the word alignment", () => {
  it.each([
    ["La cour a été saisie par le gouvernement.", "The court seized the government.", "cour a été saisie"],
    ["La police a arrêté le suspect.", "The suspect arrested the police.", "police a arrêté"],
    ["Le mouvement de boycott d'Israël a gagné du terrain.", "The boycott of the Israeli movement gained ground.", "boycott d'Israël"],
    ["L'ONU prend ses distances", "Distancing yourself from the UN", "ONU prend"],
    // A present in -e right after its subject reads as a verb when the English reads its counterpart as one.
    ["Le ministre ordonne une enquête.", "An inquiry orders the minister.", "ministre ordonne"],
    // An inverted subject is still the one acting.
    ["Nul ne sait encore combien coûtera la réforme.", "Nobody yet knows how much it will cost the reform.", "coûtera la réforme"],
    // A "par" agent with a determiner is still an agent.
    ["La cour a été saisie par le gouvernement, a indiqué le ministère.", "The court seized the government, the ministry said.", "cour a été saisie"],
    // Blame and claims: "qui lui reprochent" is "who accuse it", "réclame à Airbus" "seeks from Airbus".
    ["Le parti a été lâché mercredi par ses deux partenaires de coalition, qui lui reprochent de bloquer la réforme du droit d'asile.",
      "The party was abandoned on Wednesday by its two coalition partners, whom it accuses of blocking asylum reform.", "partenaires de coalition, qui lui reprochent"],
    // A contest verb of sports news ("devancer", "pip") turned round.
    ["La Suissesse Lara Gut-Behrami a devancé l'Italienne Federica Brignone de seulement quatre centièmes.", "Italy's Federica Brignone pipped Switzerland's Lara Gut-Behrami by just four hundredths of a second.", "Gut-Behrami a devancé"],
  ])("flags %j rendered as %j", (source, target, sourceText) => {
    const [finding] = findingsOf("role-reversal", source, target);
    expect(finding?.severity).toBe("critical");
    expect(sourceTextOf(finding, source)).toBe(sourceText);
    expect(finding.evidence?.links).toHaveLength(2);
  });

  it.each([
    ["La cour a été saisie par le gouvernement.", "The court was seized by the government."],
    ["La cour a été saisie par le gouvernement.", "The government referred the matter to the court."],
    ["Le gouvernement a saisi la cour.", "The government referred the case to the court."],
    ["La police a arrêté le suspect.", "Police arrested the suspect."],
    ["L'ONU prend ses distances", "The UN distances itself"],
    ["le soutien au mouvement de boycott d'Israël", "support for the movement to boycott Israel"],
    ["Les réseaux sociaux ont relayé la lettre.", "Social networks shared the letter."],
    ["Israël se reflète dans ce conflit.", "Israel is reflected in this conflict."],
    ["Le ministre ordonne une enquête.", "The minister orders an inquiry."],
    // A participle right after its noun, no auxiliary, is an adjective: "les aides promises" is aid that was promised.
    ["La ministre a annoncé que les crédits votés par le Parlement seraient débloqués en mars.", "The minister announced that the funds approved by parliament would be released in March."],
    ["Le ministre de l'Agriculture, Marc Fesneau, a promis que les aides promises aux éleveurs seraient versées avant la fin du mois.", "Agriculture Minister Marc Fesneau pledged that the aid promised to livestock farmers would be paid before the end of the month."],
    ["La politique publique compte.", "Public policy matters."],
    // French inverts the subject after "combien", "où", "que", "comme", and in a reporting incise.
    ["Nul ne sait encore combien coûtera la réforme.", "Nobody yet knows how much the reform will cost."],
    ["C'est la ville où vit le ministre depuis dix ans.", "It is the city where the minister has lived for ten years."],
    // The preposition "à" is no auxiliary "a", though both fold to "a".
    ["Des créatures à tentacules se cachent dans les lacs.", "Tentacled creatures hide in the lakes."],
    ["Ces monstres à sang froid subiront ma colère !", "Those cold blooded monsters will feel my wrath!"],
    // A modal before the infinitive inverts as its verb would.
    ["Le texte que doit examiner le Sénat prévoit une hausse.", "The bill, which the Senate will examine, provides for an increase."],
    ["Voici la piste où peut atterrir l'avion.", "This is the runway where the plane can land."],
    ["Un enfant sur quatre n'est pas vacciné, alerte l'Organisation mondiale de la santé.", "One in four children is not vaccinated, the World Health Organization warned."],
    ["Les négociations reprendront lundi, a déclaré le ministre.", "Talks will resume on Monday, the minister said."],
    ["Le parti a élu samedi Sanae Takaichi à sa présidence, a rapporté la chaîne publique NHK.", "The party elected Sanae Takaichi as its leader on Saturday, public broadcaster NHK reported."],
    ["Deux navires ont été arraisonnés, a signalé la marine.", "Two ships were boarded, the navy reported."],
    ["Le ministre a déclaré que les négociations reprendraient lundi.", "Talks will resume on Monday, said the minister."],
    // A subject pronoun after "que" and an infinitive after "où" invert nothing.
    ["Je sais que vous tenez le destin du pays entre vos mains.", "I know that you hold the fate of the country in your hands."],
    ["Les enquêteurs savent où trouver le suspect.", "Investigators know where to find the suspect."],
    // "par" before a bare noun distributes or gives the means; it marks no agent.
    ["Les personnes qui dorment six heures par nuit ont un risque accru.", "People who sleep six hours a night face a higher risk."],
    ["Le tabac tue 75 000 personnes par an en France.", "Smoking kills 75,000 people a year in France."],
    // A "par" complement rendered with "with" is the same means, not a side party.
    ["Le chanteur, mort en 2018, sera honoré par une exposition à Paris.", "The singer, who died in 2018, will be honoured with an exhibition in Paris."],
  ])("accepts who-did-what-to-whom kept: %j → %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });

  it("flags the demo article's three reversals and nothing else from the meaning checks", () => {
    const flagged = runChecks(DEMO_PAIRS).filter((finding) => MEANING_CHECKS.has(finding.checkId));
    const targets = flagged.map((finding) => targetTextOf(finding, DEMO_PAIRS.find((pair) => pair.id === finding.segmentId)!.target));
    expect(targets).toEqual(["attack on Israel", "Distancing yourself from the UN", "boycott of the Israeli movement"]);
  });
});

describe("role-reversal when a participant is named in apposition or the verb is another's capital", () => {
  it.each([
    // The participants' phrases are linked through the names they hold, whatever word heads them.
    ["Le constructeur Renault a été poursuivi en justice par l'association de consommateurs CLCV.", "Carmaker Renault has sued consumer group CLCV."],
    // A capital stands for its state under its English name, which no spelling links: "Pékin" is "Beijing".
    ["Pékin a accusé jeudi Taipei d'avoir violé son espace aérien.", "Taipei on Thursday accused Beijing of violating its airspace."],
    // A French present in "-e" is a verb when the aligner links it to the English verb between the two.
    ["Le Maroc exporte du phosphate vers l'Inde.", "India exports phosphate to Morocco."],
  ])("flags %j rendered as %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toHaveLength(1);
  });

  it.each([
    ["Le constructeur Renault a été poursuivi en justice par l'association de consommateurs CLCV.", "Carmaker Renault has been sued by consumer group CLCV."],
    ["Le constructeur Renault a été poursuivi en justice par l'association de consommateurs CLCV.", "Consumer group CLCV has sued carmaker Renault."],
    ["Pékin a accusé jeudi Taipei d'avoir violé son espace aérien.", "Beijing on Thursday accused Taipei of violating its airspace."],
    ["Le Maroc exporte du phosphate vers l'Inde.", "Morocco exports phosphate to India."],
    // A participle with no auxiliary qualifies its noun: "basé" is no verb between the two.
    ["Les communautés cédèrent à la pression de l'Empire Sen basé au Bengale.", "The communities yielded to pressure from the Bengal based Sen Empire."],
    // "du gaz" is a noun, whatever English word it is linked to.
    ["Les prix du gaz sur le marché européen ont bondi de 10 % lundi.", "European gas prices jumped 10% on Monday."],
    ["Le parti a été lâché mercredi par ses deux partenaires de coalition, qui lui reprochent de bloquer la réforme du droit d'asile.",
      "The party was abandoned on Wednesday by its two coalition partners, who accuse it of blocking asylum reform."],
    // A symmetric verb says the same either way round: "Kast affrontera Jara" is "Jara will face Kast".
    ["Le candidat d'extrême droite José Antonio Kast affrontera au second tour la communiste Jeannette Jara, arrivée en tête du premier tour.",
      "Communist Jeannette Jara, who came first in the opening round, will face far-right candidate José Antonio Kast in the run-off."],
    // "set up by": a participle and its particle before the agent qualify the noun.
    ["Le fonds d'investissement pour la reconstruction créé par Washington et Kiev sera abondé par les deux pays.",
      "The reconstruction investment fund set up by Washington and Kyiv will be funded by the two countries."],
  ])("accepts %j rendered as %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
