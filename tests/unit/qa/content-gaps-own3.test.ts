import { describe, it } from "vitest";
import { expectFlaggedNotTwin } from "./helpers";

// Newsroom pairs (agriculture, health, culture, transport) where the English drops a reason or a
// contrast the French gives in an adjunct of its own, each beside its faithful twin.
describe("content-omission of a reason, condition or contrast", () => {
  it.each([
    ["Le prix du beurre a augmenté de 20 % en un an en raison de la flambée des cours du lait, selon l'Insee.",
      "The price of butter rose 20% in a year, according to Insee.",
      "The price of butter rose 20% in a year because of soaring milk prices, according to Insee.", "en raison de la flambée des cours du lait"],
    ["La maternité de Die a suspendu les accouchements cet été faute de sages-femmes en nombre suffisant.",
      "The Die maternity unit suspended births this summer.",
      "The Die maternity unit suspended births this summer for lack of enough midwives.", "faute de sages-femmes en nombre suffisant"],
    ["Le musée Fabre de Montpellier fermera deux salles cet hiver faute de gardiens formés, a indiqué la mairie.",
      "The Musée Fabre in Montpellier will close two rooms this winter, the town hall said.",
      "The Musée Fabre in Montpellier will close two rooms this winter for lack of trained attendants, the town hall said.", "faute de gardiens formés"],
  ])("flags %j rendered %j, not its twin", (source, wrong, right, sourceText) => {
    expectFlaggedNotTwin("content-omission", source, wrong, right, null, sourceText);
  });
});
