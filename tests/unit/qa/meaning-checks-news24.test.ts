import { describe, it } from "vitest";
import { expectOnlyFinding, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings added after news24, a blind batch on twenty new domains, read once news25 had been written.
describe("negation-mismatch: a group none of whose members acts", () => {
  const source = "Aucun des 43 députés de l'opposition burundaise n'a pris part mardi au vote de la loi électorale, a indiqué le président de la chambre, qui a dénoncé un boycott « sans fondement ».";
  itAcceptsEach("negation-mismatch", [
    // "None" says "Aucun", "groundless" says "sans fondement": both negations rendered.
    [source, "None of Burundi's 43 opposition MPs took part in Tuesday's vote on the electoral law, said the speaker of the house, who denounced the boycott as groundless."],
    ["Aucune entreprise n'a répondu à l'appel d'offres lancé par la mairie, selon un conseiller municipal.", "No company answered the tender launched by the town hall, according to a local councillor."],
  ]);
  itFlagsEach("negation-mismatch", [
    [source, "Some of Burundi's 43 opposition MPs took part in Tuesday's vote on the electoral law, said the speaker of the house, who denounced the boycott as groundless.", /^Some of$/],
    [source, "All of Burundi's 43 opposition MPs took part in Tuesday's vote on the electoral law, said the speaker of the house, who denounced the boycott as groundless.", /^All of$/],
  ]);
});

describe("negation-mismatch: a case closed with no further action", () => {
  itAcceptsEach("negation-mismatch", [
    ["Le parquet a ordonné l'exhumation du corps afin de comparer son ADN aux traces prélevées sur les victimes, une affaire classée sans suite il y a vingt ans faute de suspect.",
      "Prosecutors ordered the exhumation of the body to compare his DNA with traces taken from the victims, a case that was closed twenty years ago for lack of a suspect."],
  ]);
});

describe("negation-mismatch: a word said by its converse", () => {
  itFlagsEach("negation-mismatch", [
    ["Aucune trace d'ADN exploitable n'a été retrouvée sur l'arme du crime, a reconnu mardi l'experte, fragilisant l'accusation contre Karim Benali.",
      "No usable DNA traces were found on the murder weapon, the expert acknowledged on Tuesday, strengthening the case against Karim Benali.", /^strengthening$/],
    ["Plusieurs églises ont été endommagées, a indiqué le Bureau national de gestion des catastrophes, qui a levé l'alerte au tsunami.",
      "Several churches were damaged, the National Emergency Management Office said, adding that it had maintained the tsunami alert.", /^maintained$/],
    ["Le survol de Paris par des drones sera interdit du 24 juillet au 11 août, sauf pour les forces de l'ordre et les diffuseurs accrédités, a annoncé mardi le préfet de police.",
      "Drone flights over Paris will be banned from July 24 to August 11, including for law enforcement and accredited broadcasters, the Paris police chief announced on Tuesday.", /^including$/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Aucune trace d'ADN exploitable n'a été retrouvée sur l'arme du crime, a reconnu mardi l'experte, fragilisant l'accusation contre Karim Benali.",
      "No usable DNA traces were found on the murder weapon, the expert acknowledged on Tuesday, weakening the case against Karim Benali."],
    ["Plusieurs églises ont été endommagées, a indiqué le Bureau national de gestion des catastrophes, qui a levé l'alerte au tsunami.",
      "Several churches were damaged, the National Emergency Management Office said, adding that it had lifted the tsunami alert."],
    ["Le survol de Paris par des drones sera interdit du 24 juillet au 11 août, sauf pour les forces de l'ordre et les diffuseurs accrédités, a annoncé mardi le préfet de police.",
      "Drone flights over Paris will be banned from July 24 to August 11, except for law enforcement and accredited broadcasters, the Paris police chief announced on Tuesday."],
    // "y compris" is "including": nothing is turned round.
    ["Le survol de Paris par des drones sera interdit du 24 juillet au 11 août, y compris pour les forces de l'ordre, a annoncé mardi le préfet de police.",
      "Drone flights over Paris will be banned from July 24 to August 11, including for law enforcement, the Paris police chief announced on Tuesday."],
  ]);
});

describe("content-omission: a qualifier of exception, repetition or deadline left out", () => {
  it("flags an exception the English leaves out", () => {
    expectOnlyFinding("content-omission",
      "Le Bhoutan, qui mesure son développement à l'aune du « bonheur national brut », a ramené de 200 à 100 dollars par nuit la taxe de développement durable imposée aux touristes étrangers, à l'exception des Indiens, a annoncé mercredi le Conseil du tourisme, qui espère relancer une fréquentation en berne depuis la pandémie.",
      "Bhutan, which measures its development by 'Gross National Happiness', has cut the sustainable development fee levied on foreign tourists from $200 to $100 a night, the Tourism Council announced on Wednesday, in the hope of reviving visitor numbers that have been depressed since the pandemic.", "à l'exception des ", null);
  });
  it("flags a repetition the English leaves out", () => {
    expectOnlyFinding("content-omission",
      "Le Premier ministre a été limogé lundi par le président, qui lui reproche son incapacité à résoudre la crise énergétique et ses absences répétées du pays.",
      "The president sacked the prime minister on Monday, blaming him for his inability to resolve the energy crisis and his absences from the country.", "répétées", null);
  });
  it("flags a deadline the English leaves out", () => {
    expectOnlyFinding("content-omission",
      "Le tribunal de commerce de Paris a ordonné au site Cdiscount de retirer sous quinze jours les contrefaçons de sacs Hermès, sous peine d'une astreinte de 10 000 euros par jour de retard.",
      "A Paris commercial court ordered Cdiscount to remove counterfeit Hermes bags or face a fine of 10,000 euros for each day of delay.", "sous quinze jours", null);
  });
  itAcceptsEach("content-omission", [
    ["Le Bhoutan a ramené de 200 à 100 dollars par nuit la taxe imposée aux touristes étrangers, à l'exception des Indiens, a annoncé mercredi le Conseil du tourisme.",
      "Bhutan has cut the fee levied on foreign tourists other than Indians from $200 to $100 a night, the Tourism Council announced on Wednesday."],
    // "Sain et sauf" is safe and sound, "sauf votre respect" a courtesy: no exception.
    ["Le randonneur a été retrouvé sain et sauf mardi matin par les secouristes.", "The hiker was found safe and well by rescuers on Tuesday morning."],
    ["Sauf votre respect, monsieur le maire, nous aimerions accompagner les secouristes.", "With respect, mayor, we would like to go with the rescuers."],
    ["Nous avons été attaqués à plusieurs reprises par des brutes et des bandits.", "We were attacked more than once by thugs and bandits."],
    ["Le tribunal de commerce de Paris a ordonné au site Cdiscount de retirer sous quinze jours les contrefaçons de sacs Hermès.",
      "A Paris commercial court ordered Cdiscount to remove counterfeit Hermes bags within 15 days."],
  ]);
});

describe("content-addition: a claim of state, cause of death, deadline, superlative or concession slipped in", () => {
  itFlagsEach("content-addition", [
    ["Une avalanche a emporté samedi deux skieurs près de la station de Grandvalira, précisant que l'un d'eux avait été hélitreuillé vers l'hôpital.",
      "An avalanche swept away two skiers near the Grandvalira resort on Saturday, adding that one of them had been airlifted in critical condition to hospital.", /^in critical condition$/],
    ["Le parquet de Nanterre a ordonné mercredi l'exhumation du corps d'Henri Castel, mort en 1987, afin de comparer son ADN aux traces prélevées sur les victimes du « violeur de la Défense », une affaire classée sans suite il y a vingt ans faute de suspect.",
      "Prosecutors in Nanterre on Wednesday ordered the exhumation of the body of Henri Castel, who died in 1987 in a car accident, to compare his DNA with traces taken from the victims of the 'La Défense rapist', a case that was closed twenty years ago for lack of a suspect.", /^in a car accident$/],
    ["Le tribunal a ordonné au site de retirer les contrefaçons de sacs Hermès, sous peine d'une astreinte de 10 000 euros par jour.",
      "The court ordered the site to remove the counterfeit Hermes bags within days or face a fine of 10,000 euros a day.", /^within days$/],
    ["Le Brésil a enregistré une baisse de 30 % de la déforestation en Amazonie sur les douze derniers mois, selon les données de l'Institut national de recherches spatiales publiées mercredi.",
      "Deforestation in Brazil's Amazon fell 30% over the past 12 months to its lowest level in a decade, according to data from the National Institute for Space Research (INPE) released on Wednesday.", /lowest level in a decade/],
    ["Airbus a livré 766 appareils en 2024, un chiffre légèrement supérieur à son objectif révisé à la baisse, a annoncé jeudi l'avionneur européen lors de la présentation de ses résultats annuels.",
      "Airbus delivered 766 aircraft in 2024, slightly above its downgraded target despite persistent supply chain problems, the European planemaker said on Thursday as it presented its annual results.", /^despite$/],
  ]);
  itAcceptsEach("content-addition", [
    ["L'un des blessés, hospitalisé dans un état critique, a été hélitreuillé vers l'hôpital.", "One of the injured, in critical condition, was airlifted to hospital."],
    ["Henri Castel, mort en 1987 dans un accident de voiture, n'a jamais été inquiété.", "Henri Castel, who died in 1987 in a car accident, was never troubled."],
    ["Le taux de chômage a reculé à 6,1 %, son plus bas niveau depuis dix ans, a annoncé l'institut.", "The unemployment rate fell to 6.1%, its lowest level in a decade, the institute said."],
    ["Malgré des problèmes persistants d'approvisionnement, le constructeur a livré 120 avions.", "Despite persistent supply problems, the manufacturer delivered 120 aircraft."],
  ]);
});

describe("entity-mismatch: a United States department named as another", () => {
  const source = "Le groupe chinois DJI a déposé plainte lundi devant un tribunal fédéral de Washington contre le département américain de la Défense, qui l'a inscrit sur une liste d'entreprises liées à l'armée chinoise.";
  itFlagsEach("entity-mismatch", [
    [source, "China's DJI filed a lawsuit on Monday in a federal court in Washington against the US Department of Commerce, which has placed it on a list of companies linked to the Chinese military.", /Department of Commerce/],
  ]);
  itAcceptsEach("entity-mismatch", [
    [source, "China's DJI filed a lawsuit on Monday in a federal court in Washington against the US Department of Defense, which has placed it on a list of companies linked to the Chinese military."],
    [source, "China's DJI filed a lawsuit on Monday in a federal court in Washington against the Pentagon, which has placed it on a list of companies linked to the Chinese military."],
    // "caféiculteurs" are coffee growers: the federation is named, not replaced.
    ["La Fédération nationale des caféiculteurs de Colombie a annoncé lundi à Bogota que la récolte avait atteint 13,9 millions de sacs.",
      "Colombia's National Federation of Coffee Growers said in Bogota on Monday that the harvest reached 13.9 million bags."],
  ]);
});

describe("content-addition: an aim the French does not give", () => {
  itFlagsEach("content-addition", [
    // "pour un montant" is a price, no aim.
    ["Danone a annoncé mardi l'acquisition d'une participation majoritaire dans l'américain Kate Farms, spécialiste des boissons nutritionnelles à base de plantes, pour un montant qui n'a pas été dévoilé.",
      "Danone announced on Tuesday that it is acquiring a majority stake in US company Kate Farms, which specialises in plant-based nutritional drinks, for an undisclosed sum as it seeks to expand in medical nutrition.", /^as it seeks to/],
  ]);
  itAcceptsEach("content-addition", [
    ["Danone a annoncé mardi l'acquisition d'une participation majoritaire dans l'américain Kate Farms, pour se développer dans la nutrition médicale.",
      "Danone announced on Tuesday that it is acquiring a majority stake in US company Kate Farms as it seeks to expand in medical nutrition."],
    ["Le Conseil du tourisme espère relancer une fréquentation en berne depuis la pandémie.", "The Tourism Council acted in the hope of reviving visitor numbers that have been depressed since the pandemic."],
  ]);
});

describe("content-omission: what a figure or a group includes, left out", () => {
  it("flags a share of a figure the English leaves out", () => {
    expectOnlyFinding("content-omission",
      "L'Espagne, leader mondial du don d'organes, a réalisé 6 464 transplantations en 2024, dont 4 100 greffes de rein, a annoncé lundi à Madrid l'Organisation nationale des transplantations (ONT), qui attribue ce record à son réseau de coordinateurs hospitaliers.",
      "Spain, the world leader in organ donation, performed 6,464 transplants in 2024, the National Transplant Organisation (ONT) announced in Madrid on Monday, attributing the record to its network of hospital coordinators.",
      "dont 4 100", null);
  });
  itAcceptsEach("content-omission", [
    ["L'Espagne a réalisé 6 464 transplantations en 2024, dont 4 100 greffes de rein, a annoncé lundi l'Organisation nationale des transplantations.",
      "Spain performed 6,464 transplants in 2024, including 4,100 kidney transplants, the National Transplant Organisation announced on Monday."],
    // "dont" is also "whose", and a sentence's share is said "of it".
    ["Le ministre n'exclut pas de dissoudre le collectif, dont plusieurs membres ont été interpellés en marge de la manifestation de samedi à Nantes.",
      "The minister has not ruled out disbanding the group, several of whose members were arrested on the sidelines of Saturday's protest in Nantes."],
    ["La cour d'appel a confirmé mardi la condamnation à deux ans de prison, dont un ferme, du propriétaire des deux chiens.",
      "The appeals court on Tuesday upheld a two-year prison sentence, half of it suspended, for the owner of the two dogs."],
    // A single "tel que" is "as".
    ["Ils trouvèrent un petit château en ruines tel que Tyegëa l'avait mentionné.", "They found a small ruined castle in the right place to be the one Tyegëa had mentioned."],
  ]);
});

describe("entity-mismatch: a day or a month stands for no name", () => {
  const source = "Réuni vendredi à Washington, le conseil d'administration de la Banque mondiale a approuvé un don de 60 millions de dollars au Malawi pour reconstruire les routes et ponts endommagés par le cyclone Freddy.";
  itFlagsEach("entity-mismatch", [
    // "Freddy" sounds like "Friday", which renders "vendredi": the cyclone is still renamed.
    [source, "Meeting in Washington on Friday, the World Bank's board approved a $60 million grant to Malawi to rebuild roads and bridges damaged by Cyclone Idai.", /^Idai$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    [source, "Meeting in Washington on Friday, the World Bank's board approved a $60 million grant to Malawi to rebuild roads and bridges damaged by Cyclone Freddy."],
  ]);
});

describe("content-addition: \"les Vingt-Sept\" are the EU's member states", () => {
  itAcceptsEach("content-addition", [
    ["Le chef du gouvernement andorran, Xavier Espot, a signé lundi à Bruxelles l'accord d'association négocié depuis 2015, qui doit encore être ratifié par le Conseil général et les Vingt-Sept, a annoncé son cabinet.",
      "Andorra's head of government Xavier Espot signed the association agreement, which has been under negotiation since 2015, in Brussels on Monday, his office said, adding that the deal still has to be ratified by the General Council and the 27 EU member states."],
  ]);
});

describe("content-addition: a member added beside \"les Vingt-Sept\"", () => {
  itFlagsEach("content-addition", [
    ["Ursula von der Leyen a présenté mercredi à Bruxelles une proposition de budget pluriannuel de près de 2 000 milliards d'euros pour la période 2028-2034, qui devra être approuvée à l'unanimité par les Vingt-Sept.",
      "Ursula von der Leyen on Wednesday unveiled in Brussels a proposed long-term budget of nearly €2 trillion for 2028-2034, which will need the unanimous approval of the 27 member states and the backing of the European Parliament.", /backing of the European Parliament/],
  ]);
});

describe("content-omission: an exception turned round is not also dropped", () => {
  // "including" says the converse of "sauf": negation-mismatch reports it, once.
  itAcceptsEach("content-omission", [
    ["Le survol de Paris par des drones sera interdit du 24 juillet au 11 août, sauf pour les forces de l'ordre et les diffuseurs accrédités, a annoncé mardi le préfet de police.",
      "Drone flights over Paris will be banned from July 24 to August 11, including for law enforcement and accredited broadcasters, the Paris police chief announced on Tuesday."],
  ]);
});
