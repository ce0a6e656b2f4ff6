import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news39, a blind batch on twenty new domains, had been written and counted.
describe("negation-mismatch: a negated verb before a noun that says no (“n'a pas levé l'interdiction”)", () => {
  itFlagsEach("negation-mismatch", [
    ["Le Conseil d'État n'a pas annulé l'arrêté municipal interdisant la baignade dans la Loire, contesté par trois associations.",
      "The Council of State has agreed to annul the municipal order banning swimming in the Loire, which three associations had challenged.", /agreed|annul/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Le Conseil d'État n'a pas annulé l'arrêté municipal interdisant la baignade dans la Loire, contesté par trois associations.",
      "The Council of State has declined to annul the municipal order banning swimming in the Loire, which three associations had challenged."],
  ]);
});

describe("negation-mismatch: the English negates a predicate the French says plainly, beside a negation both keep", () => {
  itFlagsEach("negation-mismatch", [
    ["Jamais le festival de Carcassonne n'avait vendu autant de billets, selon les organisateurs, qui s'inquiètent toutefois de la hausse des coûts de sécurité.",
      "The Carcassonne festival has never sold so many tickets, according to the organisers, who are, however, not worried about the rising cost of security.", /not/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Jamais le festival de Carcassonne n'avait vendu autant de billets, selon les organisateurs, qui s'inquiètent toutefois de la hausse des coûts de sécurité.",
      "The Carcassonne festival has never sold so many tickets, according to the organisers, who are, however, worried about the rising cost of security."],
    ["Jamais la mairie n'avait reçu autant de plaintes, et les riverains refusent de céder.",
      "The town hall has never received so many complaints, and residents will not give in."],
  ]);
});

describe("role-reversal: a French subject whose phrase runs through a name of several words (“La caisse régionale du Crédit agricole des Savoie”)", () => {
  itFlagsEach("role-reversal", [
    ["La caisse régionale du Crédit mutuel de Bretagne a accordé un prêt de 8 millions d'euros à la conserverie de Douarnenez, ravagée par un incendie en mars.",
      "The Crédit Mutuel de Bretagne regional bank has been granted an €8 million loan by the Douarnenez cannery, which was ravaged by fire in March.", /bank|granted/],
  ]);
  itAcceptsEach("role-reversal", [
    ["La caisse régionale du Crédit mutuel de Bretagne a accordé un prêt de 8 millions d'euros à la conserverie de Douarnenez, ravagée par un incendie en mars.",
      "The Crédit Mutuel de Bretagne regional bank has granted an €8 million loan to the Douarnenez cannery, which was ravaged by fire in March."],
    ["La caisse régionale du Crédit mutuel de Bretagne a accordé un prêt de 8 millions d'euros à la conserverie de Douarnenez, ravagée par un incendie en mars.",
      "The Douarnenez cannery, ravaged by fire in March, has been granted an €8 million loan by the Crédit Mutuel de Bretagne regional bank."],
  ]);
});

describe("content-addition: a “record” that is a noun (“its safety record as”) claims no record", () => {
  itAcceptsEach("content-addition", [
    ["Le festival de Bayonne, qui s'achève dimanche, a attiré un million de visiteurs, selon la préfecture, qui dresse un bilan sécuritaire « plutôt bon ».",
      "The Bayonne festival, which ends on Sunday, drew a million visitors, according to the prefecture, which described its security record as \"fairly good\"."],
  ]);
  itFlagsEach("content-addition", [
    ["Le festival de Bayonne, qui s'achève dimanche, a attiré un million de visiteurs, selon la préfecture.",
      "The Bayonne festival, which ends on Sunday, drew a record million visitors, according to the prefecture.", /record/],
  ]);
});

describe("content-addition: “un réflexe” said as “quick thinking”", () => {
  itAcceptsEach("content-addition", [
    ["C'est un marin de Paimpol qui a secouru mardi trois kayakistes emportés par le courant, a indiqué le Cross Corsen, saluant « un réflexe remarquable ».",
      "A sailor from Paimpol rescued three kayakers swept away by the current on Tuesday, the Cross Corsen coastguard centre said, hailing \"remarkable\" quick thinking."],
  ]);
});

describe("content-addition: an added subordinate clause whose subject opens on “a”, before a rendered place", () => {
  itFlagsEach("content-addition", [
    ["Les secouristes ont mis près de trente heures à remonter le blessé, un spéléologue lotois de 41 ans victime d'une chute de six mètres dans le gouffre de Padirac, dans le Lot.",
      "It took rescuers almost thirty hours to bring up the injured man, a 41-year-old caver from the Lot who had fallen six metres after a cable snapped in the Padirac chasm in the Lot.", /cable snapped/],
  ]);
  itAcceptsEach("content-addition", [
    ["Les secouristes ont mis près de trente heures à remonter le blessé, un spéléologue lotois de 41 ans victime d'une chute de six mètres dans le gouffre de Padirac, dans le Lot.",
      "It took rescuers almost thirty hours to bring up the injured man, a 41-year-old caver from the Lot who had fallen six metres in the Padirac chasm in the Lot."],
  ]);
});

describe("negation-mismatch: a scarce quantity said by the record of an abundant one", () => {
  itFlagsEach("negation-mismatch", [
    ["Victime d'une pluie incessante, la braderie d'Arras n'avait pas attiré aussi peu de chineurs depuis 2005 : 80 000 visiteurs ont arpenté ce week-end ses trottoirs, selon la préfecture.",
      "Hit by relentless rain, the Arras Braderie drew its largest crowd of bargain hunters since 2005, with 80,000 people walking its pavements this weekend, according to the prefecture.", /largest/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Victime d'une pluie incessante, la braderie d'Arras n'avait pas attiré aussi peu de chineurs depuis 2005 : 80 000 visiteurs ont arpenté ce week-end ses trottoirs, selon la préfecture.",
      "Hit by relentless rain, the Arras Braderie drew its smallest crowd of bargain hunters since 2005, with 80,000 people walking its pavements this weekend, according to the prefecture."],
  ]);
});

describe("role-reversal: the one a French participle names with “par” made the one the English sends something to", () => {
  itFlagsEach("role-reversal", [
    ["L'AS Saint-Priest a officialisé jeudi l'arrivée de l'attaquant Karim Benali, 24 ans, prêté pour une saison par l'Olympique de Valence, afin de remplacer son buteur blessé.",
      "AS Saint-Priest on Thursday confirmed the signing of striker Karim Benali, 24, on a season-long loan to Olympique de Valence, to replace their injured top scorer.", /loan to Olympique/],
  ]);
  itAcceptsEach("role-reversal", [
    ["L'AS Saint-Priest a officialisé jeudi l'arrivée de l'attaquant Karim Benali, 24 ans, prêté pour une saison par l'Olympique de Valence, afin de remplacer son buteur blessé.",
      "AS Saint-Priest on Thursday confirmed the signing of striker Karim Benali, 24, on a season-long loan from Olympique de Valence, to replace their injured top scorer."],
    ["Les routes directes sont coupées par la neige : les secours feront un détour par le nord.",
      "The direct roads are blocked by snow, so the rescue teams will make a detour to the north."],
    ["En 1860, le comté de Nice fut annexé par la France à la suite d'un plébiscite.",
      "In 1860 the County of Nice was annexed to France following a plebiscite."],
  ]);
});

describe("role-reversal: a French head with its bare “d'” complement (“communauté d'agglomération”) stands for the English compound", () => {
  itFlagsEach("role-reversal", [
    ["La communauté d'agglomération du Grand Dax a racheté pour 2,1 millions d'euros à la société Vinci un terrain de quatre hectares à Saint-Paul-lès-Dax.",
      "Vinci has bought a four-hectare plot in Saint-Paul-lès-Dax from the Grand Dax conurbation authority for €2.1 million.", /Grand Dax|bought/],
  ]);
  itAcceptsEach("role-reversal", [
    ["La communauté d'agglomération du Grand Dax a racheté pour 2,1 millions d'euros à la société Vinci un terrain de quatre hectares à Saint-Paul-lès-Dax.",
      "The Grand Dax conurbation authority has bought a four-hectare plot in Saint-Paul-lès-Dax from Vinci for €2.1 million."],
  ]);
});

describe("role-reversal: a verb's object read past a span of time placed from now (“rejoindra la saison prochaine le FC Nantes”, “début mars”)", () => {
  itFlagsEach("role-reversal", [
    ["Le gardien du Stade Lavallois, Hugo Perrin, rejoindra la saison prochaine le FC Nantes.",
      "FC Nantes will join Stade Lavallois goalkeeper Hugo Perrin next season.", /Nantes/],
    ["Le gardien du Stade Lavallois, Hugo Perrin, rejoindra début mars le FC Nantes.",
      "FC Nantes will join Stade Lavallois goalkeeper Hugo Perrin in early March.", /Nantes/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le gardien du Stade Lavallois, Hugo Perrin, rejoindra la saison prochaine le FC Nantes.",
      "Stade Lavallois goalkeeper Hugo Perrin will join FC Nantes next season."],
    ["Le gardien du Stade Lavallois, Hugo Perrin, rejoindra début mars le FC Nantes.",
      "Stade Lavallois goalkeeper Hugo Perrin will join FC Nantes in early March."],
  ]);
});

describe("role-reversal: “éliminé par” said as “knocked out by”", () => {
  itFlagsEach("role-reversal", [
    ["Le Stade rennais a été éliminé samedi en huitièmes de finale de la Coupe de France par l'US Concarneau, pensionnaire de National, qui s'est imposé 1-0.",
      "National side US Concarneau were knocked out of the Coupe de France in the last 16 on Saturday by Stade Rennais, who won 1-0.", /knocked|Concarneau/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le Stade rennais a été éliminé samedi en huitièmes de finale de la Coupe de France par l'US Concarneau, pensionnaire de National, qui s'est imposé 1-0.",
      "Stade Rennais were knocked out of the Coupe de France in the last 16 on Saturday by National side US Concarneau, who won 1-0."],
  ]);
});

describe("role-reversal: the object of an infinitive after its “de” (“en train d'attaquer un dinosaure”)", () => {
  itFlagsEach("role-reversal", [
    ["Un fossile découvert au Maroc montre un reptile marin de la taille d'un dauphin, Tethysaurus nopcsai, en train d'attaquer un poisson herbivore Lepidotes, selon une étude publiée jeudi dans Nature.",
      "A fossil found in Morocco shows a dolphin-sized marine reptile, Tethysaurus nopcsai, being attacked by a plant-eating Lepidotes fish, according to a study published on Thursday in Nature.", /attacked/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Un fossile découvert au Maroc montre un reptile marin de la taille d'un dauphin, Tethysaurus nopcsai, en train d'attaquer un poisson herbivore Lepidotes, selon une étude publiée jeudi dans Nature.",
      "A fossil found in Morocco shows a dolphin-sized marine reptile, Tethysaurus nopcsai, attacking a plant-eating Lepidotes fish, according to a study published on Thursday in Nature."],
  ]);
});
