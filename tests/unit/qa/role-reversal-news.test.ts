import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// Newsroom pairs written for these tests (education, transport, agriculture, science, business), each
// with its faithful rendering and a rendering that turns who does what to whom around.
const REVERSED: [source: string, faithful: string, reversed: string][] = [
  ["Interrogé par des lycéens, le ministre a promis de revoir le calendrier des examens.", "Questioned by secondary school pupils, the minister promised to review the exam timetable.", "Questioned by the minister, secondary school pupils promised to review the exam timetable."],
  ["Les parents ont accusé la direction du collège de négligence.", "Parents accused the school's management of negligence.", "The school's management accused parents of negligence."],
  ["La ministre, qui a critiqué les syndicats d'enseignants mardi, n'a fait aucune annonce.", "The minister, who criticised the teachers' unions on Tuesday, made no announcement.", "The teachers' unions, who criticised the minister on Tuesday, made no announcement."],
  ["La SNCF a été critiquée par l'autorité de régulation des transports.", "SNCF was criticised by the transport regulator.", "The transport regulator was criticised by SNCF."],
  ["Le rachat de Transdev par la RATP a été validé par l'Autorité de la concurrence.", "The RATP's takeover of Transdev was approved by the competition authority.", "Transdev's takeover of the RATP was approved by the competition authority."],
  ["Air France a racheté la compagnie régionale Hop.", "Air France bought regional carrier Hop.", "Air France was bought by regional carrier Hop."],
  ["Le chauffeur, frappé par un passager à Lyon, a été hospitalisé.", "The driver, hit by a passenger in Lyon, was taken to hospital.", "The driver, who hit a passenger in Lyon, was taken to hospital."],
  ["Les éleveurs ont été aidés par l'État après l'épidémie.", "Livestock farmers were helped by the state after the epidemic.", "The state was helped by livestock farmers after the epidemic."],
  ["La plainte des agriculteurs contre le groupe Lactalis a été classée.", "The farmers' complaint against the Lactalis group has been dropped.", "The Lactalis group's complaint against the farmers has been dropped."],
  ["Financée par la fondation Gates, l'équipe de l'Institut Pasteur a mis au point un nouveau vaccin.", "Funded by the Gates Foundation, the Institut Pasteur team developed a new vaccine.", "Funded by the Institut Pasteur team, the Gates Foundation developed a new vaccine."],
  ["Le CNRS a accusé deux chercheurs d'avoir falsifié leurs données.", "The CNRS accused two researchers of falsifying their data.", "Two researchers accused the CNRS of falsifying their data."],
  ["L'évaluation de l'université par le ministère sera publiée en juin.", "The ministry's assessment of the university will be published in June.", "The university's assessment of the ministry will be published in June."],
  ["Les salariés, qui accusent la direction de mentir, ont voté la grève.", "The employees, who accuse management of lying, voted to strike.", "Management, who accuse the employees of lying, voted to strike."],
  ["La campagne de Greenpeace contre Shell s'intensifie.", "Greenpeace's campaign against Shell is intensifying.", "Shell's campaign against Greenpeace is intensifying."],
  ["Soutenus par les syndicats, les producteurs de lait ont bloqué la laiterie.", "Backed by the unions, dairy farmers blockaded the dairy.", "Backed by dairy farmers, the unions blockaded the dairy."],
  ["Le ministre des Transports, critiqué par les voyageurs, a promis des trains supplémentaires.", "The transport minister, criticised by passengers, promised extra trains.", "Passengers, criticised by the transport minister, promised extra trains."],
  ["Sanofi a devancé Pfizer sur le marché européen.", "Sanofi outpaced Pfizer on the European market.", "Pfizer outpaced Sanofi on the European market."],
  ["La fermeture du lycée par la préfecture a surpris les familles.", "The closure of the school by the prefecture surprised families.", "The closure of the prefecture by the school surprised families."],
  ["Le maire a été élu par le conseil municipal en juillet.", "The mayor was elected by the town council in July.", "The town council was elected by the mayor in July."],
  ["Les chercheurs ont été financés par la région pendant trois ans.", "The researchers were funded by the region for three years.", "The region was funded by the researchers for three years."],
  ["Le ministre a félicité les agriculteurs, dont les récoltes ont doublé cette année.", "The minister congratulated farmers, whose harvests have doubled this year.", "The minister, whose harvests have doubled this year, congratulated farmers."],
  ["Le projet, financé par la région, a été critiqué par les syndicats.", "The project, funded by the region, was criticised by the unions.", "The project, funded by the unions, was criticised by the region."],
  ["Les aides versées par l'Union européenne aux agriculteurs ont augmenté.", "Aid paid by the European Union to farmers has risen.", "Aid paid by farmers to the European Union has risen."],
  ["Prêté par le Real Madrid au FC Porto jusqu'en juin, le défenseur a marqué deux buts.", "On loan from Real Madrid to FC Porto until June, the defender scored two goals.", "On loan from FC Porto to Real Madrid until June, the defender scored two goals."],
  ["Le maire sortant a été battu par son adversaire écologiste.", "The outgoing mayor was beaten by his green rival.", "The outgoing mayor beat his green rival."],
  ["La banque a prêté deux millions d'euros à la commune.", "The bank lent two million euros to the town.", "The town lent two million euros to the bank."],
  ["Les étudiants ont été évalués par leurs professeurs.", "The students were assessed by their teachers.", "The students assessed their teachers."],
];

describe("role-reversal on news text: who does what to whom", () => {
  it.each(REVERSED)("flags %j rendered as %j reversed", (source, _faithful, reversed) => {
    const [finding] = findingsOf("role-reversal", source, reversed);
    expect(finding?.severity).toBe("critical");
    expect(finding.evidence?.links).toHaveLength(2);
  });

  it.each(REVERSED)("accepts %j rendered faithfully as %j", (source, faithful) => {
    expect(findingsOf("role-reversal", source, faithful)).toEqual([]);
  });

  it.each([
    ["Selon le ministère, les enseignants seront reçus par la ministre jeudi.", "According to the ministry, teachers will be received by the minister on Thursday."],
    ["« Nous refusons cette réforme », a déclaré le syndicat des enseignants.", "\"We reject this reform,\" the teachers' union said."],
    ["Adoptée par le Parlement en mars, la loi entrera en vigueur en janvier.", "Passed by Parliament in March, the law will take effect in January."],
    ["La réforme, critiquée par les syndicats, a été adoptée.", "The reform, which was criticised by the unions, was adopted."],
    ["C'est le plan que défend le ministre de l'Agriculture.", "It is the plan the agriculture minister is defending."],
    ["Les agriculteurs, soutenus par les élus locaux, ont manifesté à Paris.", "Farmers, backed by local officials, demonstrated in Paris."],
    ["Le rachat de Transdev par la RATP a été validé.", "The takeover of Transdev by the RATP was approved."],
    ["La société a été rachetée par son concurrent américain, a indiqué un porte-parole.", "The company was bought by its US rival, a spokesperson said."],
    ["Interrogé par la presse, le directeur de l'usine a nié toute pollution.", "Asked by reporters, the plant manager denied any pollution."],
    ["Le chercheur, dont les travaux ont été salués par ses pairs, a reçu le prix Nobel.", "The researcher, whose work was praised by his peers, received the Nobel prize."],
    ["Les syndicats ont été reçus par le Premier ministre, qui leur a promis une réponse.", "The unions were received by the prime minister, who promised them an answer."],
    ["Le ministère a annoncé que les écoles fermées par la préfecture rouvriraient lundi.", "The ministry announced that schools closed by the prefecture would reopen on Monday."],
    ["Les étudiants qui ont été reçus par le recteur ont obtenu des garanties.", "Students who were received by the rector obtained guarantees."],
    ["La hausse des prix, dénoncée par les associations de consommateurs, inquiète le gouvernement.", "The price rise, denounced by consumer groups, worries the government."],
    ["Renault a été dépassé par Tesla, selon les chiffres publiés mardi.", "Renault was overtaken by Tesla, according to figures published on Tuesday."],
    ["Ainsi l'a voulu le conseil d'administration.", "That is what the board wanted."],
    ["Le programme, financé par l'Union européenne, forme des agriculteurs au Sénégal.", "The programme, funded by the European Union, trains farmers in Senegal."],
    ["Les pilotes, qui accusent la direction d'Air France de bloquer les négociations, ont voté la grève.", "The pilots, who accuse Air France management of stalling the talks, voted to strike."],
    ["L'entreprise, dont le siège est à Lyon, a racheté son concurrent.", "The company, whose headquarters are in Lyon, bought its competitor."],
    // "dont" may hang on any noun of the "de" chain before it: here the satellite's, not the date's.
    ["L'agence n'a pas fixé la date du lancement du satellite, dont l'assemblage se termine à Toulouse.", "The agency has not set a launch date for the satellite, whose assembly is being completed in Toulouse."],
    ["Les moyens dont la ville a besoin seront votés par le conseil.", "The resources the city needs will be voted on by the council."],
    // Words of one name, the city's name twice: "New" and "Times" have not traded places.
    ["OpenAI est poursuivi devant un tribunal de New York par le New York Times, qui accuse l’entreprise d’avoir utilisé ses articles.",
      "OpenAI is being sued in a New York court by The New York Times, which accuses the company of using its articles."],
  ])("accepts passives, \"par\", reported speech, \"selon\" and inversions kept: %j → %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});

describe("role-reversal beside a name of several words", () => {
  it("still reads the parties turned round around it", () => {
    expect(findingsOf("role-reversal", "OpenAI est poursuivi devant un tribunal de New York par le New York Times.", "The New York Times is being sued in a New York court by OpenAI.")).toHaveLength(1);
  });
});
