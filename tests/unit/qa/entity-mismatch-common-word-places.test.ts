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
  ]);
});

describe("entity-mismatch on a place named by a dictionary word, kept or translated", () => {
  itAcceptsEach("entity-mismatch", [
    ["Le candidat l'a emporté dans la 1re circonscription de la Somme avec 55 % des voix.", "The candidate won the Somme's 1st constituency with 55% of the vote."],
    ["Ils ont traversé la Manche à la nage.", "They swam across the Channel."],
    ["Le maire de Lyon a inauguré le pont sur la Saône.", "The mayor of Lyon opened the bridge over the Saône."],
    ["Le chef a racheté l'hôtel Belles Rives, à Menton, pour 40 millions d'euros.", "The chef has bought the Belles Rives hotel in Menton for 40 million euros."],
  ]);
});
