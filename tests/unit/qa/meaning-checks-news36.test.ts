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
