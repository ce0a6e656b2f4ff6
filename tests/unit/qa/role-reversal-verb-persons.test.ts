import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

describe("role-reversal: persons read from the French verb (imperatives, inversion, agreement, “aller”)", () => {
  /** French, English with subject and object swapped, the source span, the target span, faithful English. */
  const SWAPS: Array<[string, string, string, string, string]> = [
    // An imperative's unspoken subject is the one addressed ("-ez") or the speakers ("-ons").
    ["Quant à vous, affrontez les orcs.", "The orcs must defeat you.", "affrontez les orcs", "orcs must defeat you", "You must defeat the orcs."],
    ["Laissons ce débat pour plus tard.", "The debate should save us for later.", "Laissons ce débat", "debate should save us", "We should save the debate for later."],
    // "aller" is an auxiliary of the verb group: "Je vais vous détruire".
    ["Je vais vous détruire, et ensuite, je m'occuperai des elfes.", "You will destroy me, then I will deal with the elves.", "Je vais vous détruire", "You will destroy me", "I will destroy you, then I will deal with the elves."],
  ];

  it.each(SWAPS)("flags %j rendered as %j", (source, target, sourceText, targetText) => {
    const [finding] = findingsOf("role-reversal", source, target);
    expect(sourceTextOf(finding, source)).toBe(sourceText);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(finding.message).toMatch(/subject and object are swapped/);
  });

  it.each(SWAPS)("accepts %j rendered faithfully", (source, _target, _sourceText, _targetText, faithful) => {
    expect(findingsOf("role-reversal", source, faithful)).toEqual([]);
  });

  it.each([
    // A pronoun hyphenated after its verb in a question is its subject: "servirez-vous".
    ["Me servirez-vous contre cette reine malfaisante ?", "I will serve you in fighting the evil queen?", "servirez-vous", "I will serve you"],
    // A comma ends the object: "us, humans of…" is no clause of its own.
    ["Nous connaissons ceux de votre espèce, humains du nord-ouest.", "Your kind knows us, humans of the west-north.", "Nous", "kind knows us"],
    // "the offer'll": a noun's contracted auxiliary opens the verb group.
    ["Euh, oui, très bien, j'écouterai ce que vous avez à dire.", "Well, fine, your offer’ll hear me.", "j'", "offer’ll hear me"],
  ])("flags the person acting in %j but only acted upon in %j", (source, target, sourceText, targetText) => {
    const [finding] = findingsOf("role-reversal", source, target);
    expect(sourceTextOf(finding, source)).toBe(sourceText);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(finding.message).toMatch(/nowhere acting/);
  });

  it.each([
    ["Me servirez-vous contre cette reine malfaisante ?", "You will serve me in fighting the evil queen?"],
    ["Nous connaissons ceux de votre espèce, humains du nord-ouest.", "We know your kind, humans of the west-north."],
    ["Euh, oui, très bien, j'écouterai ce que vous avez à dire.", "Well, fine, I’ll hear your offer."],
    // The object of "ask", "expect" is the subject of the infinitive after it.
    ["Il demande que vous rentriez à la cité.", "He asks you to come back to the city."],
    ["Je pensais que vous rejoindriez les rangs de Wesnoth, Li'sar ?", "I expected you to be on the side of Wesnoth, Li’sar?"],
    // "qui nous combat": the verb agrees with "qui", so "nous" is its object.
    ["Un nain qui nous combat, avec les elfes ?!", "A dwarf fighting against us with the elves?!"],
    // "-nous", "-moi" after an imperative are its objects.
    ["Aidez-nous, nous vous en prions !", "Help us, we beg you!"],
    ["Suivez-moi jusqu'au gué.", "Follow me to the ford."],
  ])("accepts %j rendered as %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });

  it.each([
    // Counted, not only seen: one "I" of the three is left acting, and the verb renders "épargnerai".
    ["Je vous le répète, je ne suis pas un imposteur, mais je vous épargnerai tout de même si vous vous rendez.", "I said before I’m not an impostor, but if you yield, your life will spare me.", "Je", "life will spare me"],
    // Only a passive's subject acts on no one: "Nous sommes prêts à vous suivre" has the speakers following.
    ["Nous sommes prêts à vous suivre jusqu'au bout du monde s'il le faut.", "You will follow us to the end of the world if need be.", "Nous", "You will follow us"],
  ])("flags a person acting in fewer clauses of %j and acted upon in %j", (source, target, sourceText, targetText) => {
    const [finding] = findingsOf("role-reversal", source, target);
    expect(sourceTextOf(finding, source)).toBe(sourceText);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(finding.message).toMatch(/acted upon, and (?:acting in fewer clauses than in the source|nowhere acting)/);
  });

  it("reads a bare name the French verb acts upon before the persons: \"vaincu Malifor\" made \"Malifor has defeated\"", () => {
    const source = "Allons Tallin, non seulement vous nous avez libérées, ma sœur et moi, mais vous avez aussi vaincu Malifor, qui a longtemps été une plaie pour notre peuple.";
    const target = "Tallin, not only have you freed me and my sister from captivity, but Malifor has defeated you, who has long been a scourge to my people.";
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect([sourceTextOf(finding, source), targetTextOf(finding, target)]).toEqual(["vaincu Malifor", "Malifor has defeated"]);
  });

  it.each([
    ["Je vous le répète, je ne suis pas un imposteur, mais je vous épargnerai tout de même si vous vous rendez.", "I said before I’m not an impostor, but if you yield, I will spare your life."],
    // The subject of être acts on no one: "je serais dévastée par le chagrin", "je ne suis pas si facile à tuer".
    ["Et encore moins pourrais-je supporter la corruption de votre âme ; je serais dévastée par le chagrin.", "Still less could I bear the corruption of your soul; the grief would ruin me."],
    ["Haldric a tué Shek'kahan, mon frère, mais il était plus faible que moi, et je ne suis pas si facile à tuer.", "Haldric killed Shek’kahan my brother, but he was weaker than me, and you will not find me so easy to defeat."],
    // A progressive is no copula: "We are going", "You’ve been straining" act.
    ["Nous allons contourner cette île, que vous le vouliez ou non.", "We are going around this island whether you want us to or not."],
    ["Vous avez sué sang et eaux, mais ces morceaux de métal ont gagné !", "You’ve been straining and struggling, but those metal tracks defeat you!"],
    // A demoting verb the translator added renders nothing: "it will threaten us".
    ["Nous devons porter le combat chez eux, récupérer les territoires que nous avons perdus et en finir une bonne fois pour toutes avec eux.", "We must take the fight to them, recover our lost lands and smash their great horde beyond possibility that it will threaten us again."],
    // "you meant": "you" before a verb form is its subject.
    ["Il a pensé que vous vouliez parler du livre, mais vous avez filé, et il est mort avant qu'il puisse vous dire que je l'avais.", "He thought you meant the book, but you had rushed off, and died before he could tell you I have it."],
  ])("accepts %j rendered freely as %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
