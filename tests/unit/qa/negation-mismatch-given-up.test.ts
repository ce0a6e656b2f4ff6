import { describe } from "vitest";
import { itAcceptsEach } from "./helpers";

// A plan given up or a rule abolished, which English says with a negation (bench/meaning/news/gaps-own2.json, clean-dev4.json).
describe("negation-mismatch: a French verb of giving up or abolishing rendered by a negation", () => {
  itAcceptsEach("negation-mismatch", [
    ["Le maire de Bordeaux a renoncé à se représenter, invoquant des raisons de santé.",
      "Citing health reasons, the mayor of Bordeaux has decided not to run again."],
    ["Le club a renoncé à recruter un nouvel entraîneur cet été.", "The club chose not to hire a new coach this summer."],
    ["Le retrait de points pour les petits excès de vitesse sera supprimé, a annoncé le gouvernement.",
      "The government said drivers will no longer lose points on their licence for minor speeding."],
    ["Le gouvernement a renoncé à augmenter la TVA sur les billets d'avion.", "The government has decided not to raise VAT on airline tickets."],
  ]);
});
