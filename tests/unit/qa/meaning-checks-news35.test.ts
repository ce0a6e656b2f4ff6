import { describe, it } from "vitest";
import { expectOnlyFinding, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news38, a blind batch on twenty new domains, had been written and counted.
describe("name-mismatch and content-omission: bodies and places English names its own way", () => {
  itAcceptsEach("name-mismatch", [
    ["Un feu de broussailles s'est déclaré mardi près de Draguignan, a indiqué le Sdis du Var, qui a engagé quarante pompiers.",
      "A brush fire broke out near Draguignan on Tuesday, the Var fire and rescue service said, adding that it had deployed forty firefighters."],
    ["Le Conseil d'État vaudois a validé jeudi le crédit de 12 millions de francs destiné à la rénovation du gymnase de Nyon.",
      "The Vaud cantonal government on Thursday approved the 12-million-franc loan for the renovation of the Nyon upper secondary school."],
  ]);
  itAcceptsEach("content-omission", [
    ["Le Conseil d'État vaudois a validé jeudi le crédit de 12 millions de francs destiné à la rénovation du gymnase de Nyon.",
      "The Vaud cantonal government on Thursday approved the 12-million-franc loan for the renovation of the Nyon upper secondary school."],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Deux alpinistes allemands ont été secourus lundi sur le Cervin par les guides d'Air Zermatt.",
      "Two German climbers were rescued on the Matterhorn on Monday by Air Zermatt guides."],
  ]);
  itFlagsEach("entity-mismatch", [
    ["Deux alpinistes allemands ont été secourus lundi sur le Cervin par les guides d'Air Zermatt.",
      "Two German climbers were rescued on the Eiger on Monday by Air Zermatt guides.", /Eiger/],
  ]);
});

describe("negation-mismatch: “ne … guère” said as “hardly” or “barely”", () => {
  itAcceptsEach("negation-mismatch", [
    ["Malgré un été pluvieux, la fréquentation du camping de Cancale n'a guère fléchi, assure la mairie.",
      "A wet summer barely dented visitor numbers at the Cancale campsite, the town hall says."],
    ["Les ventes de paniers aux fleuristes ne compensent guère la chute des commandes des viticulteurs.",
      "Sales of baskets to florists hardly make up for the fall in orders from winegrowers."],
  ]);
  itFlagsEach("negation-mismatch", [
    ["Malgré un été pluvieux, la fréquentation du camping de Cancale n'a guère fléchi, assure la mairie.",
      "A wet summer dented visitor numbers at the Cancale campsite, the town hall says.", /dented/],
  ]);
});

describe("role-reversal: a reporting verb of learning or rejoicing keeps its subject after it", () => {
  itAcceptsEach("role-reversal", [
    ["Le ministère de l'Environnement a refusé, pour l'instant, d'autoriser la carrière Granits du Cotentin à agrandir sa fosse près de Valognes, exigeant d'abord une étude sur l'habitat du triton crêté, a appris Ouest-France.",
      "The environment ministry has refused, for now, to let quarry company Granits du Cotentin expand its pit near Valognes and is first requiring a study of great crested newt habitat, Ouest-France has learned."],
  ]);
});

describe("content-omission: “la plus importante opération” said as “the biggest deal”", () => {
  itAcceptsEach("content-omission", [
    ["Le groupe Lemonnier, dont le siège est à Laval, a annoncé jeudi l'acquisition d'une scierie près d'Angers pour 14 millions d'euros, la plus importante opération réalisée par l'entreprise mayennaise depuis huit ans.",
      "Laval-based Lemonnier announced on Thursday that it had bought a sawmill near Angers for €14 million, the Mayenne company's biggest deal in eight years."],
  ]);
});

describe("role-reversal: an English subject name read past a participle's phrase set off after it", () => {
  itFlagsEach("role-reversal", [
    ["Fondée en 1921 à Thiers, la coutellerie Vauzelle a été rachetée par son principal client, le grossiste lyonnais Lames & Cie, qui s'engage à conserver les 31 salariés.",
      "Cutler Vauzelle, founded in Thiers in 1921, has bought its biggest customer, Lyon wholesaler Lames & Cie, which has pledged to keep all 31 employees.", /bought/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Fondée en 1921 à Thiers, la coutellerie Vauzelle a été rachetée par son principal client, le grossiste lyonnais Lames & Cie, qui s'engage à conserver les 31 salariés.",
      "Cutler Vauzelle, founded in Thiers in 1921, has been bought by its biggest customer, Lyon wholesaler Lames & Cie, which has pledged to keep all 31 employees."],
    ["Une grève à Escondida, la plus grande mine de cuivre du monde, a pris fin.", "A strike at Escondida, the world's largest copper mine, has ended."],
  ]);
});

describe("role-reversal: “assigné par” turned into “is suing”", () => {
  itFlagsEach("role-reversal", [
    ["Le groupe fromager Valbrie a été assigné devant le tribunal judiciaire de Laval par la Confédération paysanne de la Mayenne, qui lui reproche d'avoir imposé un prix du lait trop bas.",
      "Cheese group Valbrie is suing the Mayenne branch of the Confédération paysanne in the Laval court, accusing it of imposing too low a milk price.", /suing/],
  ]);
});

describe("number-mismatch: a number said in words of more than one part is a figure", () => {
  it("flags “septante-deux” left out", () => {
    expectOnlyFinding("number-mismatch", "La commune a fermé l'école de Sorinne, faute d'élèves : elle n'en comptait plus que dix-neuf, contre septante-deux il y a dix ans.",
      "The municipality has closed the school in Sorinne for lack of pupils: it had just 19 left.", "septante-deux", null);
  });
  itAcceptsEach("number-mismatch", [
    ["La commune a fermé l'école de Sorinne, faute d'élèves : elle n'en comptait plus que dix-neuf, contre septante-deux il y a dix ans.",
      "The municipality has closed the school in Sorinne for lack of pupils: it had just 19 left, compared with 72 ten years ago."],
    ["Les deux clubs se sont quittés dos à dos.", "The clubs drew."],
  ]);
});

describe("name-mismatch: a portfolio in “-aux” is a French word, rendered in lower case", () => {
  itAcceptsEach("name-mismatch", [
    ["L'échevin des Travaux de Ciney, Marc Delhaye, a été interpellé lundi en conseil communal.",
      "Ciney's alderman for public works, Marc Delhaye, was challenged at Monday's municipal council meeting."],
  ]);
  it("still reports the surname left out beside it", () => {
    expectOnlyFinding("name-mismatch", "L'échevin des Travaux de Ciney, Marc Delhaye, a été interpellé lundi en conseil communal.",
      "Ciney's alderman for public works, Marc, was challenged at Monday's municipal council meeting.", "Delhaye", null);
  });
});

describe("content-omission: “dont douze” said as “twelve of the”", () => {
  itAcceptsEach("content-omission", [
    ["Inaugurée samedi par le maire, l'exposition consacrée aux vitraux de Chartres, dont quinze panneaux prêtés par le musée de Cluny, restera visible à la médiathèque jusqu'au 3 mars.",
      "The exhibition of Chartres stained glass, opened on Saturday by the mayor, runs at the media library until 3 March. Fifteen of the panels are on loan from the Musée de Cluny."],
  ]);
  it("still flags it dropped", () => {
    expectOnlyFinding("content-omission", "Inaugurée samedi par le maire, l'exposition consacrée aux vitraux de Chartres, dont quinze panneaux prêtés par le musée de Cluny, restera visible à la médiathèque jusqu'au 3 mars.",
      "The exhibition of Chartres stained glass, opened on Saturday by the mayor, runs at the media library until 3 March. The panels are on loan from the Musée de Cluny.", "dont quinze", null);
  });
});

describe("role-reversal: the winner of “la victoire de A face à B” made the one beaten", () => {
  itFlagsEach("role-reversal", [
    ["« On a enfin retrouvé de l'allant », savourait l'entraîneur Paul Meunier après la victoire 3-1 de Cherbourg Football Club face à l'US Granville, samedi à domicile en National 3.",
      "“We've finally got our drive back,” a jubilant coach Paul Meunier said after US Granville's 3-1 home win over Cherbourg Football Club in National 3 on Saturday.", /win over/],
    // A club's "AS" is its initials, not the verb "as" (tu as).
    ["« On a enfin retrouvé de l'allant », savourait l'entraîneur Paul Meunier après la victoire 3-1 de Cherbourg Football Club face à l'AS Granville, samedi à domicile en National 3.",
      "“We've finally got our drive back,” a jubilant coach Paul Meunier said after AS Granville's 3-1 home win over Cherbourg Football Club in National 3 on Saturday.", /win over/],
  ]);
  itAcceptsEach("role-reversal", [
    ["« On a enfin retrouvé de l'allant », savourait l'entraîneur Paul Meunier après la victoire 3-1 de Cherbourg Football Club face à l'US Granville, samedi à domicile en National 3.",
      "“We've finally got our drive back,” a jubilant coach Paul Meunier said after Cherbourg Football Club's 3-1 home win over US Granville in National 3 on Saturday."],
    ["Vous devriez être plus prudent avant de remettre de l'argent à des étrangers tels que moi.", "You ought to be more careful before handing over money to strangers like me."],
  ]);
});
