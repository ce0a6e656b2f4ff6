import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news40, a blind batch on twenty new domains, had been written and counted.
describe("role-reversal: a noun's agent read past its complement's own “de” complement (“la reprise de la cave coopérative de Sigoulès par”)", () => {
  itFlagsEach("role-reversal", [
    ["Le tribunal de commerce de Périgueux a validé lundi la reprise de la cave coopérative de Monbazillac par la maison Lestrade, qui conservera vingt salariés.",
      "The Périgueux commercial court on Monday approved the takeover of the wine house Lestrade by the Monbazillac cooperative winery, which will keep twenty employees.", /takeover|Monbazillac|Lestrade/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le tribunal de commerce de Périgueux a validé lundi la reprise de la cave coopérative de Monbazillac par la maison Lestrade, qui conservera vingt salariés.",
      "The Périgueux commercial court on Monday approved the takeover of the Monbazillac cooperative winery by the wine house Lestrade, which will keep twenty employees."],
  ]);
});

describe("role-reversal: an object read past a French span of time counted from a start (“fournit depuis dix ans la maroquinerie”)", () => {
  itFlagsEach("role-reversal", [
    ["La scierie Vuillemin, à Morteau, fournit depuis douze ans la menuiserie Ateliers Perrin en chêne massif, un contrat renouvelé en mars.",
      "Joinery firm Ateliers Perrin has been supplying the Vuillemin sawmill in Morteau with solid oak for twelve years, a contract renewed in March.", /Perrin|supplying/],
  ]);
  itAcceptsEach("role-reversal", [
    ["La scierie Vuillemin, à Morteau, fournit depuis douze ans la menuiserie Ateliers Perrin en chêne massif, un contrat renouvelé en mars.",
      "The Vuillemin sawmill in Morteau has been supplying joinery firm Ateliers Perrin with solid oak for twelve years, a contract renewed in March."],
  ]);
});

describe("role-reversal: an English subject read past a relative set off after its name (“Jean-Marc Pouvreau, who has farmed snails since 1998, bought”)", () => {
  itFlagsEach("role-reversal", [
    ["C'est à la fromagerie Berthaut que Sylvie Gauthey, éleveuse à Époisses depuis 2004, a vendu jeudi son troupeau de 60 vaches, faute de repreneur.",
      "Sylvie Gauthey, who has raised cattle in Époisses since 2004, bought a herd of 60 cows from the Berthaut cheese dairy on Thursday, having no successor.", /bought/],
  ]);
  itAcceptsEach("role-reversal", [
    ["C'est à la fromagerie Berthaut que Sylvie Gauthey, éleveuse à Époisses depuis 2004, a vendu jeudi son troupeau de 60 vaches, faute de repreneur.",
      "Sylvie Gauthey, who has raised cattle in Époisses since 2004, sold her herd of 60 cows to the Berthaut cheese dairy on Thursday, having no successor."],
  ]);
});

describe("entity-mismatch: an English name the aligner gave a French word of its own spells no other French name (“Bergerac” for “bergeracoise”)", () => {
  itFlagsEach("entity-mismatch", [
    ["Les élus de la communauté d'agglomération bergeracoise ont approuvé le transfert au syndicat Périgord Mobilités, malgré l'opposition du maire de Prigonrieux.",
      "Councillors of the Bergerac conurbation authority approved the transfer to the Périgord Mobilités joint body, despite opposition from the mayor of Creysse.", /Creysse/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Les élus de la communauté d'agglomération bergeracoise ont approuvé le transfert au syndicat Périgord Mobilités, malgré l'opposition du maire de Prigonrieux.",
      "Councillors of the Bergerac conurbation authority approved the transfer to the Périgord Mobilités joint body, despite opposition from the mayor of Prigonrieux."],
  ]);
});

describe("entity-mismatch: a French name of one word with English initials in its place (“Infrabel” → “the SNCB”)", () => {
  itFlagsEach("entity-mismatch", [
    ["Infrabel a confirmé mercredi que la rénovation de la ligne 124 entre Nivelles et Charleroi serait achevée fin 2027.",
      "The SNCB confirmed on Wednesday that the renovation of line 124 between Nivelles and Charleroi would be completed at the end of 2027.", /SNCB/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Infrabel a confirmé mercredi que la rénovation de la ligne 124 entre Nivelles et Charleroi serait achevée fin 2027.",
      "Infrabel confirmed on Wednesday that the renovation of line 124 between Nivelles and Charleroi would be completed at the end of 2027."],
  ]);
});

describe("entity-mismatch: a body's name whose one unrendered word is a common noun no dictionary knows (“des héliciculteurs”)", () => {
  itAcceptsEach("entity-mismatch", [
    ["La Fédération nationale des cuniculteurs a annoncé jeudi le report de son congrès annuel, prévu en mai à Laval.",
      "The National Federation of Rabbit Breeders announced on Thursday that its annual congress, due to be held in Laval in May, had been postponed."],
    // "métiers d'art" are crafts.
    ["Le Conseil des métiers d'art de Normandie a décerné son prix annuel à une brodeuse d'Alençon, lundi à Caen.",
      "The Normandy Crafts Council presented its annual award to an Alençon embroiderer in Caen on Monday."],
  ]);
  itFlagsEach("entity-mismatch", [
    ["La Fédération nationale des cuniculteurs a annoncé jeudi le report de son congrès annuel, prévu en mai à Laval.",
      "The National Federation of Rabbit Breeders announced on Thursday that its annual congress, due to be held in Mayenne in May, had been postponed.", /Mayenne/],
  ]);
});

describe("entity-mismatch: an English name a common word's letters only guessed at is no rendering (“parc” → “Paray-le-Monial”)", () => {
  itFlagsEach("entity-mismatch", [
    ["Le Salon de l'escargot, qui devait se tenir en avril à Digoin, est reporté à l'automne en raison de travaux dans la halle du parc des expositions.",
      "The Snail Fair, which was due to take place in Paray-le-Monial in April, has been postponed until the autumn because of work on the exhibition centre's hall.", /Paray/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le Salon de l'escargot, qui devait se tenir en avril à Digoin, est reporté à l'automne en raison de travaux dans la halle du parc des expositions.",
      "The Snail Fair, which was due to take place in Digoin in April, has been postponed until the autumn because of work on the exhibition centre's hall."],
  ]);
});

describe("negation-mismatch: an abundance said scarce (“jamais été aussi nombreuses” → “never been so scarce”)", () => {
  itFlagsEach("negation-mismatch", [
    ["Faute de successeur, l'atelier de dentelle pourrait fermer ; pourtant, selon sa gérante, « les commandes n'ont jamais été aussi nombreuses ».",
      "With no successor, the lace workshop could close; yet, according to its manager, “orders have never been so scarce”.", /scarce/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Faute de successeur, l'atelier de dentelle pourrait fermer ; pourtant, selon sa gérante, « les commandes n'ont jamais été aussi nombreuses ».",
      "With no successor, the lace workshop could close; yet, according to its manager, “orders have never been so plentiful”."],
  ]);
});

describe("negation-mismatch: an added “no longer” beside a negation both sides keep (“reste inférieur” → “no longer below”)", () => {
  itFlagsEach("negation-mismatch", [
    ["La préfecture du Lot a décidé de ne pas lever les restrictions d'eau dans la vallée du Célé, où le niveau de la nappe reste inférieur au seuil de crise.",
      "The Lot prefecture has decided not to lift water restrictions in the Célé valley, where the water table is no longer below the crisis threshold.", /no/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["La préfecture du Lot a décidé de ne pas lever les restrictions d'eau dans la vallée du Célé, où le niveau de la nappe reste inférieur au seuil de crise.",
      "The Lot prefecture has decided not to lift water restrictions in the Célé valley, where the water table is still below the crisis threshold."],
    ["La préfecture du Lot a décidé de ne plus autoriser les prélèvements dans le Célé, dont le débit reste inférieur au seuil de crise.",
      "The Lot prefecture has decided no longer to allow water to be drawn from the Célé, whose flow is still below the crisis threshold."],
  ]);
});

describe("content-addition: a country or its people placing a foreign body is a gloss (“the Storting, Norway's parliament”)", () => {
  itAcceptsEach("content-addition", [
    ["Le Folketing a adopté jeudi, par 94 voix contre 11, la réforme des retraites présentée par le gouvernement de Mette Frederiksen.",
      "The Folketing, Denmark's parliament, on Thursday adopted Mette Frederiksen's government's pension reform by 94 votes to 11."],
    ["Le Bundesrat a rejeté mercredi le projet de taxe sur les billets d'avion, a annoncé la chancellerie.",
      "The Bundesrat, the Austrian upper house, on Wednesday rejected the proposed tax on plane tickets, the chancellery announced."],
  ]);
  itFlagsEach("content-addition", [
    ["Le Folketing a adopté jeudi la réforme des retraites présentée par le gouvernement.",
      "The Folketing on Thursday adopted the pension reform presented by the government, after a stormy debate with the opposition.", /after a stormy debate/],
  ]);
});

describe("content-omission: “le plus élevé de cette discipline” said “the sport's highest”", () => {
  itAcceptsEach("content-omission", [
    ["L'Association japonaise de judo a promu mardi le Français Luc Morel au rang de dixième dan, le plus élevé de cette discipline, faisant de lui le cinquième Européen à accéder à ce grade.",
      "French judoka Luc Morel was promoted on Tuesday by the Japan Judo Association to tenth dan, the sport's highest rank, becoming the fifth European to attain the grade."],
  ]);
});
