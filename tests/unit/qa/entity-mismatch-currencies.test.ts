import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Currencies are a closed class: one in another's place changes the amount as surely as a wrong figure,
// though the figure itself is kept and no name check reads "francs suisses" or "livres" as a name.

describe("entity-mismatch on one currency in another's place", () => {
  itFlagsEach("entity-mismatch", [
    ["La Confédération a débloqué une aide de 2 milliards de francs suisses pour ses exportateurs.", "The Swiss government has released 2 billion euros in aid for its exporters.", /^euros$/],
    ["Le groupe a racheté son concurrent britannique pour 800 millions de livres sterling.", "The group bought its British rival for $800 million.", /^\$$/],
    ["La Banque du Japon a acheté pour 5 000 milliards de yens d'obligations.", "The Bank of Japan bought 5 trillion yuan of bonds.", /^yuan$/],
    ["Le rouble a perdu 10 % face au dollar, et l'inflation dépasse 9 %.", "The rouble has lost 10% against the euro, and inflation exceeds 9%.", /^euro$/],
  ]);
});

describe("entity-mismatch on currencies rendered", () => {
  itAcceptsEach("entity-mismatch", [
    ["La Confédération a débloqué une aide de 2 milliards de francs suisses pour ses exportateurs.", "The Swiss government has released 2 billion Swiss francs in aid for its exporters."],
    ["Le groupe a racheté son concurrent britannique pour 800 millions de livres sterling.", "The group bought its British rival for £800 million."],
    ["Le projet coûtera 15 milliards de francs suisses.", "The project will cost 15 billion Swiss francs ($17 billion)."],
    ["La dette atteint 1 900 euros par habitant.", "Debt stands at €1,900 per inhabitant."],
    // "livres" after an amount may be books; "l'Euro" is the football tournament.
    ["L'éditeur a vendu 2 millions de livres l'an dernier, pour un chiffre d'affaires de 30 millions d'euros.", "The publisher sold 2 million books last year, with revenue of €30 million."],
    ["L'Euro 2024 a rapporté 2,4 milliards d'euros à l'UEFA.", "Euro 2024 brought UEFA 2.4 billion euros."],
  ]);
});
