import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// Issue 12: a qualifier's English rendering by another part of speech (a hedge by a verb of belief,
// a purpose by the French infinitive's own verb), and French idioms that only look like qualifiers.

describe("content-omission of a qualifier rendered in other words", () => {
  it.each([
    // A hedge said with a verb of belief or seeming.
    ["S'entraider serait sans doute mieux pour nous deux.", "I suppose that helping each other would be better for us both."],
    ["Ce sont probablement des alliés du dragon.", "They are friends of the dragon, I’m sure."],
    ["Vous êtes sans doute moins dangereux que ces monstres.", "You seem less of a menace than these monsters."],
    // "Un peu mieux" as "little better", a gradual "chaque jour un peu plus", a request for "un peu plus de" something.
    ["Nous nous en sortons un peu mieux, mon ami.", "We have fared little better ourselves, friend."],
    ["La reine s'enrichit chaque jour un peu plus.", "The queen grows richer every day."],
    ["Un peu plus de respect pour tes aînés, gamin !", "Show respect to your elders, boy!"],
    // "Presque un gamin" as "barely more than a boy"; "la nuit des temps" is no time of day.
    ["C'est un jeune sergent, presque un gamin.", "He is a young sergeant, barely more than a boy."],
    ["Mon âme hantera ce lieu jusqu'à la nuit des temps !", "My soul will haunt this place until the end of time!"],
  ])("is quiet on %s", (source, target) => {
    expect(findingsOf("content-omission", source, target)).toEqual([]);
  });

  it.each([
    ["Les mines au nord-est sont sans doute le meilleur moyen d'entrer.", "The mines in the northeast are the best way to enter.", "sans doute"],
    ["Les loyers ont un peu plus augmenté cette année.", "Rents rose further this year.", "un peu plus"],
    ["La route est fermée la nuit.", "The road is closed.", "la nuit"],
  ])("still reports the qualifier nothing renders: %s", (source, target, qualifier) => {
    expect(findingsOf("content-omission", source, target).map((finding) => sourceTextOf(finding, source))).toContain(qualifier);
  });
});

describe("content-addition of a claim the French makes in other words", () => {
  it.each([
    // Epistemic "devoir", a purpose said with "de façon à", a fight the French verb names, an imperative "record".
    ["Il doit maintenant y avoir une demi-douzaine de portails ouverts.", "By now there are probably half a dozen open gates."],
    ["Placez quelqu'un sur chaque glyphe de façon à fermer les portes.", "Place someone on each glyph in order to close the gates."],
    ["Mieux préparé à affronter le courant, vous émergez du tourbillon.", "Better prepared to fight the current, you emerge from the whirlpool."],
    ["Mais notez dans les livres d'histoire que le Sceptre existe bien.", "But record in the history books that the Sceptre does exist."],
    ["Ils savent porter des attaques destructrices au corps à corps.", "They can make devastating melee attacks."],
  ])("is quiet on %s", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });

  it.each([
    ["Ils nous tueront de toute façon.", "They’ll probably kill us anyway.", "probably"],
    ["Le pont a battu un record de fréquentation.", "The bridge set a record for traffic, in order to impress.", "in order to"],
    ["Les ventes ont progressé en 2023.", "Sales rose to record levels in 2023.", "record"],
  ])("still reports a claim the French makes nowhere: %s", (source, target, claim) => {
    expect(findingsOf("content-addition", source, target).map((finding) => targetTextOf(finding, target))).toContain(claim);
  });
});

describe("content-addition of a phrase closing the sentence", () => {
  const SOURCE = "Comme promis, je défendrai la ville jusqu'à mon dernier souffle.";

  it("reports a phrase after the last rendered word when the French ends there, at the usual length", () => {
    const target = "I will defend the city to my last breath despite the heavy rain.";
    expect(findingsOf("content-addition", SOURCE, target).map((finding) => targetTextOf(finding, target))).toEqual(["despite the heavy rain"]);
  });

  it.each([
    [SOURCE, "As promised, I will defend the city to my last breath."],
    // The reporting clause moved to the front leaves "une ressource propre" at the French end for the English phrase to render.
    ["Il n'a pas été remplacé par une ressource propre, regrettent les syndicats de la chaîne de télévision publique.",
      "Unions at the public television channel regret that it has not been replaced by a dedicated source of funding."],
  ])("is quiet on %s", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });
});

describe("content-addition of a coordinated member", () => {
  it.each([
    ["Bien que fatigués et mal nourris, les soldats avancèrent vers le col.", "Ill-fed and weary though they were, the soldiers advanced towards the pass."],
    ["Bien qu'inexpérimentés et mal armés, les paysans se révoltèrent contre les orcs.", "Ill-armed and untrained though they were, the peasants rose against the orcs."],
  ])("is quiet when the French has the members the other way round: %s", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });

  it("still reports the member when the French has none beside its partner", () => {
    const target = "Ill-armed and untrained though they were, the peasants rose against the orcs.";
    expect(findingsOf("content-addition", "Bien que mal armés, les paysans se révoltèrent contre les orcs.", target)
      .map((finding) => targetTextOf(finding, target))).toEqual(["and untrained though"]);
  });
});
