import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// "qui l'accusait", "qui lui reprochait": the clitic between the relative and its verb is the verb's
// object, not a determiner, so the antecedent is still the one acting.
describe("role-reversal: an object clitic between a subject relative and its verb", () => {
  itFlagsEach("role-reversal", [
    ["La mairie a rompu le contrat avec un fournisseur, qui l'accusait de retards de paiement.", "The town hall terminated the contract with a supplier that it accused of late payments.", /^supplier that it accused$/],
    ["Le club a licencié son entraîneur, qui lui reprochait un manque de moyens.", "The club sacked its coach, whom it blamed for a lack of resources.", /^coach, whom it blamed$/],
    ["Les salariés ont interpellé la direction, qui les menace de licenciements.", "The employees challenged management, which they threaten with layoffs.", /^management, which they threaten$/],
  ]);
  itAcceptsEach("role-reversal", [
    ["La mairie a rompu le contrat avec un fournisseur, qui l'accusait de retards de paiement.", "The town hall terminated the contract with a supplier that accused it of late payments."],
    ["Le club a licencié son entraîneur, qui lui reprochait un manque de moyens.", "The club sacked its coach, who blamed it for a lack of resources."],
    ["Les salariés ont interpellé la direction, qui les menace de licenciements.", "The employees challenged management, which threatens them with layoffs."],
  ]);
});
