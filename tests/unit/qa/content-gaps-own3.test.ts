import { describe, expect, it } from "vitest";
import { expectFlaggedNotTwin, expectOnlyFinding, findingsOf } from "./helpers";

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
    expectOnlyFinding("content-omission", source, wrong, sourceText, null);
    expect(findingsOf("content-omission", source, right)).toEqual([]);
  });
});

// An evaluative word or a purpose slipped into the English: the French says nothing of a dispute, a wait or an aim.
describe("content-addition of a judgement or a purpose", () => {
  it.each([
    ["Le conseil régional a adopté jeudi un plan de rénovation des lycées de l'académie.",
      "The regional council on Thursday adopted a controversial plan to renovate the area's secondary schools.",
      "The regional council on Thursday adopted a plan to renovate the area's secondary schools.", "controversial"],
    ["La nouvelle gare de Montpellier a été inaugurée samedi par le ministre des Transports.",
      "The long-awaited new Montpellier station was opened on Saturday by the transport minister.",
      "The new Montpellier station was opened on Saturday by the transport minister.", "long-awaited"],
  ])("flags %j rendered %j, not its twin", (source, wrong, right, targetText) => {
    expectFlaggedNotTwin("content-addition", source, wrong, right, targetText, null);
  });

  it("flags a purpose the French does not give, not its twin", () => {
    expectFlaggedNotTwin("content-addition", "Les services vétérinaires ont abattu tout le troupeau de la ferme de Lannion mardi, a indiqué la préfecture.",
      "Veterinary services culled the whole herd at the Lannion farm on Tuesday to stop the disease spreading, the prefecture said.",
      "Veterinary services culled the whole herd at the Lannion farm on Tuesday, the prefecture said.", "to stop", null);
  });

  it("stays quiet when the French names the dispute itself", () => {
    expect(findingsOf("content-addition", "Le très contesté projet d'autoroute entre Castres et Toulouse sera achevé fin 2025.",
      "The controversial motorway project between Castres and Toulouse will be completed at the end of 2025.")).toEqual([]);
  });
});
