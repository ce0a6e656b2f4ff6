import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Readings added for the role reversals of the news6 batch (bench/meaning/news/dev6.json), each on
// sentences of its own kind beside the batch's.
const flags = (cases: Array<[string, string, RegExp]>) => itFlagsEach("role-reversal", cases);
const accepts = (cases: Array<[string, string]>) => itAcceptsEach("role-reversal", cases);

describe("role-reversal: a passive's agent past the verb's other complements", () => {
  flags([
    ["Le groupe Sanofi a été assigné en justice par une association de victimes.", "The Sanofi group has sued an association of victims.", /sued/],
    ["Le club lyonnais a été éliminé mardi soir en quart de finale par Liverpool.", "The Lyon club knocked Liverpool out in the quarter-final on Tuesday night.", /Liverpool|club knocked/],
  ]);
  accepts([
    ["Le groupe Sanofi a été assigné en justice par une association de victimes.", "An association of victims has sued the Sanofi group."],
    ["Le club lyonnais a été éliminé mardi soir en quart de finale par Liverpool.", "Liverpool knocked the Lyon club out in the quarter-final on Tuesday night."],
    ["La société a été condamnée lundi à une amende par le tribunal de Nanterre.", "The Nanterre court fined the company on Monday."],
  ]);
});

describe("role-reversal: a subject relative with an object pronoun", () => {
  flags([
    ["Le maire a porté plainte contre un passeur présumé qui l'avait menacé de mort.", "The mayor has filed a complaint against a suspected smuggler whom he had threatened to kill.", /smuggler whom he had threatened/],
    ["La journaliste a identifié le policier qui l'avait frappée pendant la manifestation.", "The journalist identified the police officer whom she had hit during the protest.", /officer whom she had hit/],
  ]);
  accepts([
    ["Le maire a porté plainte contre un passeur présumé qui l'avait menacé de mort.", "The mayor has filed a complaint against a suspected smuggler who had threatened to kill him."],
    ["La journaliste a identifié le policier qui l'avait frappée pendant la manifestation.", "The journalist identified the police officer who had hit her during the protest."],
  ]);
});

describe("role-reversal: nationalities that traded places between noun phrases", () => {
  flags([
    ["L'ambassadeur de France en Israël a été convoqué dimanche par le ministère israélien des Affaires étrangères.", "France's foreign ministry summoned the Israeli ambassador on Sunday.", /Israeli ambassador/],
    ["Les autorités britanniques ont renvoyé vers la France un premier migrant.", "French authorities have sent a first migrant back to Britain.", /French authorities/],
    ["Les garde-côtes italiens ont remis à la Tunisie une centaine de migrants.", "Tunisian coastguards handed around a hundred migrants over to Italy.", /Tunisian coastguards/],
  ]);
  accepts([
    ["L'ambassadeur de France en Israël a été convoqué dimanche par le ministère israélien des Affaires étrangères.", "Israel's foreign ministry summoned the French ambassador on Sunday."],
    ["Les autorités britanniques ont renvoyé vers la France un premier migrant.", "British authorities have sent a first migrant back to France."],
    ["Plus de 6 000 satellites ont été mis en orbite par la société d'Elon Musk.", "Elon Musk's company has put more than 6,000 satellites into orbit."],
    ["Les salariés de l'usine Michelin de Cholet ont voté la reprise du travail.", "Workers at Michelin's Cholet plant voted to return to work."],
    ["Le pape a nommé un nouvel archevêque de Paris, jusqu'ici archevêque de Lille.", "The pope named the archbishop of Lille as the new archbishop of Paris."],
  ]);
});

describe("role-reversal: a giver and a recipient, or a choice and the one passed over, traded", () => {
  flags([
    ["Renault fournira à Nissan des moteurs hybrides à partir de 2027.", "Nissan will supply Renault with hybrid engines from 2027.", /supply Renault/],
    ["TotalEnergies a cédé au norvégien Equinor sa participation de 20 % dans un champ gazier.", "Norway's Equinor has sold its 20% stake in a gas field to TotalEnergies.", /Equinor has sold|sold .* to TotalEnergies$/],
    ["La Suisse avait préféré le F-35 américain au Rafale de Dassault Aviation.", "Switzerland chose Dassault Aviation's Rafale over the US-made F-35.", /Rafale over the US-made F-35/],
    ["Greenpeace a attaqué l'État devant le tribunal administratif.", "The French state has taken Greenpeace to the administrative court.", /taken Greenpeace/],
  ]);
  accepts([
    ["Renault fournira à Nissan des moteurs hybrides à partir de 2027.", "Renault will supply Nissan with hybrid engines from 2027."],
    ["TotalEnergies a cédé au norvégien Equinor sa participation de 20 % dans un champ gazier.", "TotalEnergies has sold its 20% stake in a gas field to Norway's Equinor."],
    ["La Suisse avait préféré le F-35 américain au Rafale de Dassault Aviation.", "Switzerland chose the US-made F-35 over Dassault Aviation's Rafale."],
    ["Greenpeace a attaqué l'État devant le tribunal administratif.", "Greenpeace has taken the French state to the administrative court."],
  ]);
});

describe("role-reversal: a detached participle's agent, a pronoun subject after 'que', 'dénoncer' as 'report'", () => {
  flags([
    ["Les éleveurs ont bloqué la laiterie, qu'ils accusent de tricher sur les prix.", "Farmers blocked the dairy, which accuses them of cheating on prices.", /dairy, which accuses/],
    ["Le proviseur du lycée, contesté depuis des mois par les élèves, a été muté.", "The head of the high school, who had contested the pupils for months, was transferred.", /contested the pupils/],
    ["Le médecin que les patients ont dénoncé exerçait sans diplôme.", "The doctor who reported patients was practising without a qualification.", /reported patients/],
  ]);
  accepts([
    ["Les éleveurs ont bloqué la laiterie, qu'ils accusent de tricher sur les prix.", "Farmers blocked the dairy, which they accuse of cheating on prices."],
    ["Le proviseur du lycée, contesté depuis des mois par les élèves, a été muté.", "The head of the high school, contested for months by the pupils, was transferred."],
    ["Le médecin que les patients ont dénoncé exerçait sans diplôme.", "The doctor whom patients reported was practising without a qualification."],
  ]);
});

describe("role-reversal: the object of 'have'/'get' before a participle is acted upon", () => {
  accepts([
    ["La compagnie irlandaise y basait trois appareils.", "The Irish carrier had three aircraft based there."],
    ["La police a fait arrêter trois manifestants.", "The police had three protesters arrested."],
    ["Le ministre s'est fait voler sa voiture.", "The minister got his car stolen."],
  ]);
});
