import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Départements and rivers French names by a dictionary word ("la Somme", "le Cher", "l'Aube"): no
// check read them as names, so another place in theirs went unseen.

describe("entity-mismatch on a place named by a dictionary word, swapped for another", () => {
  itFlagsEach("entity-mismatch", [
    ["Le préfet de l'Aube a interdit la manifestation.", "The prefect of the Yonne banned the demonstration.", /^Yonne$/],
    ["Les pompiers ont maîtrisé un incendie dans le Cher.", "Firefighters brought a fire under control in the Indre.", /^Indre$/],
    // A name before it across a comma is another name: the place stands on its own.
    ["Le chef a racheté l'hôtel Belles Rives, à Menton, pour 40 millions d'euros.", "The chef has bought the Belles Rives hotel in Monaco for 40 million euros.", /^Monaco$/],
    // A name with its own counterpart before "à" is a place of its own, not the first word of this one's name.
    ["La Lituanie a fermé le consulat de Russie à Cracovie, a annoncé jeudi le gouvernement.", "Lithuania has closed Russia's consulate in Gdansk, the government announced on Thursday.", /^Gdansk$/],
  ]);
});

describe("entity-mismatch on a place named by a dictionary word, kept or translated", () => {
  itAcceptsEach("entity-mismatch", [
    ["Le candidat l'a emporté dans la 1re circonscription de la Somme avec 55 % des voix.", "The candidate won the Somme's 1st constituency with 55% of the vote."],
    ["Ils ont traversé la Manche à la nage.", "They swam across the Channel."],
    ["Le maire de Lyon a inauguré le pont sur la Saône.", "The mayor of Lyon opened the bridge over the Saône."],
    ["Le chef a racheté l'hôtel Belles Rives, à Menton, pour 40 millions d'euros.", "The chef has bought the Belles Rives hotel in Menton for 40 million euros."],
    ["La Lituanie a fermé le consulat de Russie à Cracovie, a annoncé jeudi le gouvernement.", "Lithuania has closed Russia's consulate in Krakow, the government announced on Thursday."],
    // "Affaires" goes on with "étrangères", which English renders with a capital: a ministry, no place.
    ["La Pologne a expulsé trois diplomates russes en poste à Cracovie, a annoncé jeudi le ministre des Affaires étrangères.", "Poland has expelled three Russian diplomats based in Krakow, the foreign minister announced on Thursday."],
    ["La Pologne a expulsé trois diplomates russes en poste à Cracovie, a annoncé jeudi le ministre des Affaires étrangères.", "Poland has expelled three Russian diplomats based in Krakow, Foreign Minister Radosław Sikorski announced on Thursday."],
  ]);
});
