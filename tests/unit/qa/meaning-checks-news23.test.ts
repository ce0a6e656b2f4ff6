import { describe, it } from "vitest";
import { expectOnlyFinding, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings added after news23, a blind batch on twenty new domains, read once news24 had been written.

describe("negation-mismatch: an English word with a negative prefix renders a French one of its own", () => {
  itFlagsEach("negation-mismatch", [
    // "inadequate" renders "insuffisant", at the sentence's other end: it says no "Aucune", which "All of" turns round.
    ["Aucune des 12 écoles du district n'a respecté en 2024 la norme de qualité de l'air, selon un rapport de l'inspection, qui juge la ventilation insuffisante.",
      "All of the district's 12 schools met the air quality standard in 2024, according to an inspection report, which described ventilation as inadequate.", /^All of$/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Aucune des 12 écoles du district n'a respecté en 2024 la norme de qualité de l'air, selon un rapport de l'inspection, qui juge la ventilation insuffisante.",
      "None of the district's 12 schools met the air quality standard in 2024, according to an inspection report, which described ventilation as inadequate."],
    // "informatique" and "n'importe" only look prefixed: "indefinitely" and "mindlessly" still say the "sans".
    ["Selon la Commission nationale de l'informatique et des libertés, l'opérateur conservait les données de ses abonnés sans aucune limitation de durée.",
      "The operator kept its subscribers' data indefinitely, according to France's data protection authority."],
    ["Elles feraient n'importe quoi pour en avoir, sans se soucier des dégâts qu'elles pourraient subir.",
      "They mindlessly shrug off all manner of damage to get it."],
  ]);
});

describe("role-reversal: a move's origin named with the place it lies in", () => {
  itFlagsEach("role-reversal", [
    ["Deux pandas roux ont été transférés du zoo de Prague vers le parc de Sainte-Croix, en Moselle, dans le cadre d'un programme d'élevage, a annoncé mardi le parc.",
      "Two red pandas have been moved from the Sainte-Croix park in Moselle to Prague Zoo as part of a breeding programme, the park announced on Tuesday.", /from the Sainte-Croix park in Moselle to Prague Zoo/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Deux pandas roux ont été transférés du zoo de Prague vers le parc de Sainte-Croix, en Moselle, dans le cadre d'un programme d'élevage, a annoncé mardi le parc.",
      "Two red pandas have been moved from Prague Zoo to the Sainte-Croix park in Moselle as part of a breeding programme, the park announced on Tuesday."],
  ]);
});

describe("negation-mismatch: a French negation said by an English word in -less", () => {
  itAcceptsEach("negation-mismatch", [
    // "faute" says no by itself only in "faute de": "sans faute" is "flawless", not a double negative.
    ["La patineuse a remporté le titre grâce à un programme libre sans faute, a annoncé la fédération.", "The skater won the title thanks to a flawless free skate, the federation said."],
  ]);
  itFlagsEach("negation-mismatch", [
    ["La patineuse a remporté le titre grâce à un programme libre sans faute, a annoncé la fédération.", "The skater won the title thanks to a free skate full of mistakes, the federation said.", /mistakes|skate|full/],
  ]);
});

describe("entity-mismatch: a people's noun with its complement", () => {
  itAcceptsEach("entity-mismatch", [
    ["L'Irlandais du Nord Declan Murphy a réussi samedi le premier break maximum de sa carrière, selon les organisateurs.",
      "Northern Ireland's Declan Murphy made the first maximum break of his career on Saturday, organisers said."],
  ]);
  itFlagsEach("entity-mismatch", [
    ["L'Irlandais du Nord Declan Murphy a réussi samedi le premier break maximum de sa carrière, selon les organisateurs.",
      "Ireland's Declan Murphy made the first maximum break of his career on Saturday, organisers said.", /Ireland/],
  ]);
});

describe("role-reversal: a name before a compound qualifies its head", () => {
  itAcceptsEach("role-reversal", [
    ["Le zoo accueillera deux okapis dans le cadre du programme européen d'élevage de cette espèce menacée, a annoncé mercredi l'établissement.",
      "The zoo will take in two okapis as part of the European breeding programme for the endangered species, the zoo announced on Wednesday."],
  ]);
});

describe("entity-mismatch and role-reversal: names French says with its own words", () => {
  itAcceptsEach("entity-mismatch", [
    ["Le Gouvernement d'union nationale, basé à Tripoli, a accusé lundi les forces du maréchal Khalifa Haftar d'avoir bombardé un dépôt de carburant.",
      "The Tripoli-based Government of National Unity on Monday accused Marshal Khalifa Haftar's forces of shelling a fuel depot."],
  ]);
  itAcceptsEach("content-omission", [
    ["La Chambre a rejeté mardi lors d'une séance à huis clos le projet de loi électorale, a rapporté le porte-parole du Parlement.",
      "The House on Tuesday rejected the draft election law in a closed-door session, the parliament's spokesman said."],
  ]);
});

describe("negation-mismatch: French words that only look prefixed", () => {
  itAcceptsEach("negation-mismatch", [
    // "implanté" is set up, no "im-" of "planté": "planned" is no negation of it.
    ["Le futur observatoire pourrait être implanté dans l'ancienne mine de Sos Enattos, en Sardaigne, selon le ministère.",
      "The planned observatory could be built in the former Sos Enattos mine in Sardinia, according to the ministry."],
  ]);
});

describe("entity-mismatch: development banks and regional blocs", () => {
  itFlagsEach("entity-mismatch", [
    ["Le nouveau pont, financé à hauteur de 90 millions de dollars par la Banque africaine de développement, a été inauguré vendredi.",
      "The new bridge, financed with $90 million from the Development Bank of Southern Africa, was opened on Friday.", /Development Bank of Southern Africa/],
    ["Le projet sera cofinancé par la Banque asiatique de développement, a annoncé le ministère.",
      "The project will be co-financed by the Asian Infrastructure Investment Bank, the ministry said.", /Asian Infrastructure Investment Bank/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le nouveau pont, financé à hauteur de 90 millions de dollars par la Banque africaine de développement, a été inauguré vendredi.",
      "The new bridge, financed with $90 million from the African Development Bank, was opened on Friday."],
    ["Le projet sera cofinancé par la BERD, a annoncé le ministère.", "The project will be co-financed by the EBRD, the ministry said."],
  ]);
});

describe("content-addition: a length of time or a repetition the French does not give", () => {
  itFlagsEach("content-addition", [
    ["La circulation a été bloquée sur l'autoroute A7 près de Valence après l'accident, a indiqué la préfecture.",
      "Traffic was blocked for several hours on the A7 motorway near Valence after the accident, the prefecture said.", /for several hours/],
    ["Le club lyonnais a remporté samedi le championnat de France de handball, a annoncé la fédération.",
      "The Lyon club won the French handball championship for the second time on Saturday, the federation said.", /for the second time/],
  ]);
  itAcceptsEach("content-addition", [
    ["La circulation a été bloquée pendant plusieurs heures sur l'autoroute A7 près de Valence après l'accident, a indiqué la préfecture.",
      "Traffic was blocked for several hours on the A7 motorway near Valence after the accident, the prefecture said."],
    ["Bruxelles a proposé de suspendre pour un an l'obligation de laisser 4 % des terres en jachère.",
      "Brussels proposed suspending for a year the requirement to leave 4% of land fallow."],
    ["Le club lyonnais a remporté samedi pour la deuxième fois le championnat de France de handball, a annoncé la fédération.",
      "The Lyon club won the French handball championship for the second time on Saturday, the federation said."],
    ["Les Américains sont redevenus la première clientèle étrangère des hôtels parisiens.", "Americans are once again the biggest group of foreign guests in Paris hotels."],
  ]);
});

describe("content-addition: a circumstance of a few words the French does not give", () => {
  itFlagsEach("content-addition", [
    ["Un cœur prélevé à Bordeaux a été acheminé en moins de trois heures jusqu'à l'hôpital Necker, à Paris, a indiqué l'AP-HP.",
      "A heart retrieved in Bordeaux was transported by helicopter in under three hours to Necker hospital in Paris, the AP-HP said.", /by helicopter/],
    ["Un policier a été blessé samedi à Nantes, a indiqué la préfecture.", "A police officer was seriously injured in Nantes on Saturday, the prefecture said.", /seriously injured/],
    ["Un demandeur d'asile a été détenu pendant quatorze mois au centre de Safi sans contrôle judiciaire.",
      "An asylum seeker was held for 14 months in degrading conditions at the Safi centre without judicial review.", /in degrading conditions/],
    ["Un photographe a été interpellé samedi à Rennes, selon son agence.", "A photographer was arrested during a protest in Rennes on Saturday, according to his agency.", /during a protest/],
  ]);
  itAcceptsEach("content-addition", [
    ["Un incendie a ravagé un immeuble de la banlieue de Lyon, faisant trois blessés légers.", "A fire tore through a block of flats in suburban Lyon, leaving three people slightly injured."],
    ["Un cœur prélevé à Bordeaux a été acheminé par hélicoptère jusqu'à l'hôpital Necker, à Paris.", "A heart retrieved in Bordeaux was flown by helicopter to Necker hospital in Paris."],
    ["Le NTSB a imputé l'accident à une évaluation erronée de la compagnie Norfolk Southern.", "The NTSB blamed the accident on a flawed assessment by rail operator Norfolk Southern."],
  ]);
});

describe("content-omission: an apposition dropped before a verb the lexicon now reads", () => {
  const source = "La PDC, l'organisme qui régit les fléchettes professionnelles, a porté à 1 million de livres la prime du vainqueur du championnat du monde disputé à l'Alexandra Palace de Londres à partir de décembre, a annoncé mardi son président exécutif, Graham Whitfield.";
  // "a porté à" is "raised to": the English verb no longer stands in the apposition's place.
  it("flags the apposition left out", () => {
    expectOnlyFinding("content-omission", source, "The PDC has raised the prize for the winner of the world championship at London's Alexandra Palace to £1 million from December, executive chairman Graham Whitfield announced on Tuesday.", "l'organisme qui régit les fléchettes professionnelles", null);
  });
  itAcceptsEach("content-omission", [[source, "The PDC, professional darts' governing body, has raised the prize for the winner of the world championship at London's Alexandra Palace to £1 million from December, executive chairman Graham Whitfield announced on Tuesday."]]);
});

describe("content-addition: a cause or a manner the French does not give", () => {
  itFlagsEach("content-addition", [
    ["Le match a été reporté à dimanche, a annoncé la Ligue.", "The match was postponed until Sunday due to the heavy rain, the League announced.", /due to/],
    ["Le conseiller municipal a enregistré la réunion, selon plusieurs élus.", "The councillor secretly recorded the meeting, according to several councillors.", /secretly/],
  ]);
  itAcceptsEach("content-addition", [
    ["Le match a été reporté à dimanche en raison de fortes pluies, a annoncé la Ligue.", "The match was postponed until Sunday due to heavy rain, the League announced."],
    ["La finale est prévue dimanche, a annoncé la Ligue.", "The final is due to be played on Sunday, the League announced."],
    ["Le conseiller municipal a enregistré la réunion à l'insu des élus.", "The councillor secretly recorded the meeting."],
    ["Peut-être avons-nous pris la mauvaise décision.", "We may have decided wrongly."],
  ]);
});

describe("content-omission: a repetition the English drops", () => {
  it("flags \"pour la deuxième fois\" rendered nowhere", () => {
    expectOnlyFinding("content-omission", "Le club lyonnais a remporté samedi pour la deuxième fois le championnat de France de handball.",
      "The Lyon club won the French handball championship on Saturday.", "pour la deuxième fois", null);
  });
  itAcceptsEach("content-omission", [
    ["Le club lyonnais a remporté samedi pour la deuxième fois le championnat de France de handball.", "The Lyon club won the French handball championship for the second time on Saturday."],
    ["Le club a remporté le titre trois saisons consécutives.", "The club has won the title three seasons in a row."],
  ]);
});
