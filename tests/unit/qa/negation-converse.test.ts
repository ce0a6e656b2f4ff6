import { describe, expect, it } from "vitest";
import { expectOnlyFinding, findingsOf } from "./helpers";

// A verb of refusal, denial, prohibition, rejection, failure or defeat said by its converse reverses a sentence with no "not" on either side.
describe("negation-mismatch on converse verbs", () => {
  it.each([
    ["Telegram a refusé de fournir aux enquêteurs français les données de connexion de plusieurs comptes.", "Telegram agreed to hand French investigators the connection data of several accounts.", "refusé", "agreed"],
    ["Air France a démenti mardi tout projet de fermeture de sa base de Marseille-Provence.", "Air France on Tuesday confirmed a plan to close its Marseille-Provence base.", "démenti", "confirmed"],
    ["Le maire a interdit la manifestation prévue samedi.", "The mayor allowed Saturday's planned demonstration.", "interdit", "allowed"],
    ["Le gouvernement a accepté de reporter la réforme des retraites.", "The government refused to postpone the pension reform.", "accepté", "refused"],
    // The subject's adjective moved before it ("Niger's junta"): the verb still follows the noun's English.
    ["La junte nigérienne a refusé l'entrée sur son territoire à une mission de la Cedeao.", "Niger's junta agreed to allow an ECOWAS mission into the country.", "refusé", "agreed"],
    // Nothing before the verb is linked, and the English puts the day before it.
    ["Le Conseil d'État a refusé vendredi d'annuler le décret sur la chasse à la glu.", "France's highest administrative court on Friday agreed to annul the decree on glue trapping.", "refusé", "agreed"],
  ])("flags “%s” rendered “%s”", (source, target, sourceText, targetText) => {
    expectOnlyFinding("negation-mismatch", source, target, sourceText, targetText);
  });

  it.each([
    ["Telegram a refusé de fournir aux enquêteurs français les données de connexion de plusieurs comptes.", "Telegram refused to hand French investigators the connection data of several accounts."],
    ["Air France a démenti mardi tout projet de fermeture de sa base de Marseille-Provence.", "Air France on Tuesday denied any plan to close its Marseille-Provence base."],
    ["La junte nigérienne a refusé l'entrée sur son territoire à une mission de la Cedeao.", "Niger's junta refused to allow an ECOWAS mission into the country."],
    ["Le Conseil d'État a refusé vendredi d'annuler le décret sur la chasse à la glu.", "France's highest administrative court on Friday refused to annul the decree on glue trapping."],
    // A negated verb is its converse said plainly.
    ["Le Sénat n'a pas rejeté le texte.", "The Senate approved the bill."],
    // The roles swapped with the verb: the winner is the subject.
    ["L'OM a perdu contre Brest dimanche au Vélodrome.", "Brest won against Marseille at the Vélodrome on Sunday."],
    ["Les Bleus ont gagné à Cardiff, ce que personne n'attendait.", "Les Bleus defeated Wales in Cardiff, which nobody expected."],
  ])("reads “%s” → “%s” as faithful", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});

// The verb of a negative subject follows its "ne"; "ne doit pas" is as often "cannot" as "must not".
describe("negation-mismatch on the verb group of a negation the English drops", () => {
  it.each([
    ["Jamais le CAC 40 n'avait dévissé de la sorte en une seule séance.", "The CAC 40 had slumped like this in a single session.", "Jamais le CAC 40 n'", "had"],
    ["Le tramadol ne doit jamais être associé à l'alcool ni à des somnifères sans avis médical.", "Tramadol can be taken with alcohol or sleeping pills without medical advice.", "ne doit jamais", "can"],
  ])("flags “%s” rendered “%s”", (source, target, sourceText, targetText) => {
    expectOnlyFinding("negation-mismatch", source, target, sourceText, targetText);
  });

  it.each([
    ["Jamais le CAC 40 n'avait dévissé de la sorte en une seule séance.", "The CAC 40 had never slumped like this in a single session."],
    ["Le tramadol ne doit jamais être associé à l'alcool ni à des somnifères sans avis médical.", "Tramadol must never be taken with alcohol or sleeping pills without medical advice."],
  ])("reads “%s” → “%s” as faithful", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});

// "unions" is "un" + "ions" only to the eye: it says no negation that could render a French one.
describe("negation-mismatch beside trade unions", () => {
  it("flags a dropped negation in a sentence about unions", () => {
    const source = "Jamais les syndicats n'ont obtenu gain de cause devant cette juridiction.";
    expectOnlyFinding("negation-mismatch", source, "The unions have won their case before this court.", "Jamais les syndicats n'", "won");
    expect(findingsOf("negation-mismatch", source, "The unions have never won their case before this court.")).toEqual([]);
  });
});

// A phrasal verb that says no with its particle keeps the negative a negated French negative verb loses.
describe("negation-mismatch on phrasal verbs that say no", () => {
  const SOURCE = "Le gouvernement n'a pas exclu de recourir à l'article 49.3 pour faire adopter la loi immigration.";

  it("flags “n'a pas exclu” rendered “has ruled out”", () => {
    expect(findingsOf("negation-mismatch", SOURCE, "The government has ruled out using Article 49.3 to force the immigration bill through.")).toHaveLength(1);
  });

  it.each([
    [SOURCE, "The government has not ruled out using Article 49.3 to force the immigration bill through."],
    ["Le gouvernement a exclu de recourir à l'article 49.3 pour faire adopter la loi immigration.", "The government has ruled out using Article 49.3 to force the immigration bill through."],
  ])("reads “%s” → “%s” as faithful", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});

// Giving up a plan said as deciding on it, a claim contradicted said as one confirmed.
describe("negation-mismatch on renouncing and contradicting", () => {
  it.each([
    ["La chaîne Arte a renoncé à diffuser le documentaire, estimant que certaines images ne pouvaient pas être vérifiées.", "Arte has decided to broadcast the documentary, saying some of the footage could not be verified.", "renoncé", "decided"],
    ["Le nombre de demandes d'asile n'a que légèrement diminué en 2024, contrairement à ce qu'affirmait le ministre.", "The number of asylum applications fell only slightly in 2024, as the minister had claimed.", "contrairement", "as"],
    ["Comme l'avait annoncé le gouvernement, la taxe sera supprimée en janvier.", "Contrary to what the government had announced, the tax will be scrapped in January.", "Comme", "Contrary"],
  ])("flags “%s” rendered “%s”", (source, target, sourceText, targetText) => {
    expectOnlyFinding("negation-mismatch", source, target, sourceText, targetText);
  });

  it.each([
    ["La chaîne Arte a renoncé à diffuser le documentaire, estimant que certaines images ne pouvaient pas être vérifiées.", "Arte has decided not to broadcast the documentary, saying some of the footage could not be verified."],
    ["Le gouvernement a décidé de supprimer la taxe d'habitation.", "The government scrapped the housing tax."],
    ["Le nombre de demandes d'asile n'a que légèrement diminué en 2024, contrairement à ce qu'affirmait le ministre.", "The number of asylum applications fell only slightly in 2024, contrary to what the minister had claimed."],
    ["Comme l'avait annoncé le gouvernement, la taxe sera supprimée en janvier.", "As the government had announced, the tax will be scrapped in January."],
  ])("reads “%s” → “%s” as faithful", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});

// A word that may say no ("rejeter", "arrêter") has its other sense when the English renders it by a
// plain word: its negation is then an ordinary one, which the English must keep.
describe("negation-mismatch on a negated word in its other sense", () => {
  it.each([
    ["Le Japon ne rejettera pas d'eau traitée de la centrale de Fukushima avant la fin de la saison de pêche.", "Japan will release treated water from the Fukushima plant before the end of the fishing season.", "ne rejettera pas", "release"],
    ["La police n'a pas arrêté le suspect.", "The police arrested the suspect.", "n'a pas", "arrested"],
  ])("flags “%s” rendered “%s”", (source, target, sourceText, targetText) => {
    expectOnlyFinding("negation-mismatch", source, target, sourceText, targetText);
  });

  it.each([
    ["Le Japon ne rejettera pas d'eau traitée de la centrale de Fukushima avant la fin de la saison de pêche.", "Japan will not release treated water from the Fukushima plant before the end of the fishing season."],
    ["La police n'a pas arrêté les recherches.", "The police did not stop the search."],
    ["N'oublie pas ton frère.", "Remember your brother."],
  ])("reads “%s” → “%s” as faithful", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});

// A French verb said as a failure or a refusal to do it: the English verb of failing negates the rendering.
describe("negation-mismatch on a verb said as a failure", () => {
  it.each([
    ["Le Français a terminé un seul des cinq slaloms de la saison.", "The Frenchman has failed to finish one of the five slaloms of the season.", "terminé", "failed to finish"],
    ["Le président a signé mardi la loi sur l'immigration.", "The president on Tuesday refused to sign the immigration law.", "signé", "refused to sign"],
    // "ne … que" restricts; it negates nothing the failure could render.
    ["Le Français Clément Noël n'a terminé qu'un seul des cinq slaloms de la saison.", "France's Clément Noël has failed to finish only one of the five slaloms of the season.", "terminé", "failed to finish"],
  ])("flags “%s” rendered “%s”", (source, target, sourceText, targetText) => {
    expectOnlyFinding("negation-mismatch", source, target, sourceText, targetText);
  });

  it.each([
    ["Le Français a terminé un seul des cinq slaloms de la saison.", "The Frenchman has finished only one of the five slaloms of the season."],
    ["Le Français n'a pas réussi à terminer le slalom.", "The Frenchman failed to finish the slalom."],
    ["Le Français a échoué à terminer le slalom.", "The Frenchman failed to finish the slalom."],
    ["Le président a refusé de signer la loi sur l'immigration.", "The president refused to sign the immigration law."],
    ["Le président ne signera pas la loi sur l'immigration.", "The president will refuse to sign the immigration law."],
  ])("accepts “%s” rendered “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});
