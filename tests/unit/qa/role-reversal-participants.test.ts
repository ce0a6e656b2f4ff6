import { describe, expect, it } from "vitest";
import { findParticipantSwaps } from "@/lib/qa/roles/participant-swaps";
import { alignWords } from "@/lib/word-align/align-words";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

describe("role-reversal: subject and object swapped, pronouns and nouns", () => {
  it.each([
    ["Ils vous suivront jusqu'à la mort.", "You will follow them to death.", "Ils vous suivront", "You will follow them"],
    ["Nous ne le vaincrons pas tout de suite.", "He cannot defeat us now.", "Nous ne le vaincrons", "He cannot defeat us"],
    ["Je vous avais dit de rester à l'écart de nos terres !", "You told me to stay off our land!", "Je vous avais dit", "You told me"],
    ["Je sers mon roi et mon royaume.", "My king serves me and my kingdom.", "Je sers mon roi", "king serves me"],
    ["Léollyn m'a envoyé en mission.", "I sent Leollyn on a mission.", "Léollyn m'a envoyé", "I sent Leollyn"],
    ["Le ministre les a convoqués hier.", "They summoned the minister yesterday.", "ministre les a convoqués", "They summoned the minister"],
    ["Nous serions reconnaissants si vous nous guidiez.", "We would be grateful if we would guide you.", "vous nous guidiez", "we would guide you"],
    ["Vous devez vaincre ces créatures.", "These creatures must defeat you.", "Vous devez vaincre ces créatures", "creatures must defeat you"],
    // "morts-vivants" and "undead" are not linked, but the pronoun changed sides around the same verb.
    ["Nous avons attaqué les morts-vivants.", "The undead attacked us.", "Nous avons attaqué les morts-vivants", "undead attacked us"],
  ])("flags %j rendered as %j", (source, target, sourceText, targetText) => {
    const [finding] = findingsOf("role-reversal", source, target);
    expect(finding?.severity).toBe("critical");
    expect(sourceTextOf(finding, source)).toBe(sourceText);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(finding.message).toMatch(/subject and object are swapped/);
    expect(finding.evidence?.links).toHaveLength(2);
  });

  it.each([
    ["Nous faisons confiance au gouvernement.", "The government trusts us.", "Nous", "government trusts us"],
  ])("flags the speaker who acts in %j but is only acted upon in %j", (source, target, sourceText, targetText) => {
    const [finding] = findingsOf("role-reversal", source, target);
    expect(sourceTextOf(finding, source)).toBe(sourceText);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(finding.message).toMatch(/acted upon, and nowhere acting: subject and object are swapped/);
  });

  it.each([
    ["Le ministre critique les syndicats.", "The unions criticise the minister.", "ministre critique les syndicats", "unions criticise the minister"],
    ["Hier, le juge condamne les accusés.", "Yesterday, the accused condemn the judge.", "juge condamne les accusés", "accused condemn the judge"],
  ])("flags two noun phrases traded around one verb: %j → %j", (source, target, sourceText, targetText) => {
    const [finding] = findingsOf("role-reversal", source, target);
    expect(sourceTextOf(finding, source)).toBe(sourceText);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(finding.message).toMatch(/subject and object are swapped/);
  });

  // A bare English name after the verb is now read as its object, so the aligned-verb reading speaks first.
  it.each([
    ["Israël a attaqué Gaza.", "Gaza attacked Israel.", "Israël a attaqué Gaza", "Gaza attacked Israel"],
    ["Hier, Emmanuel Macron a reçu Joe Biden à l'Élysée.", "Yesterday, Joe Biden received Emmanuel Macron at the Elysée.", "Emmanuel Macron a reçu Joe Biden", "Joe Biden received Emmanuel Macron"],
  ])("reads two names traded around one verb, which the aligned-verb reading also catches: %j → %j", (source, target, sourceText, targetText) => {
    const [hit] = findParticipantSwaps(source, target, alignWords(source, target));
    expect(source.slice(hit.sourceSpan!.start, hit.sourceSpan!.end)).toBe(sourceText);
    expect(target.slice(hit.targetSpan!.start, hit.targetSpan!.end)).toBe(targetText);
    expect(findingsOf("role-reversal", source, target)).toHaveLength(1);
  });

  it("reads two names traded around an irregular past (“invaded”), which the aligned-verb reading now also catches and speaks first", () => {
    const [source, target] = ["La Russie a envahi l'Ukraine en 2022.", "Ukraine invaded Russia in 2022."];
    const [hit] = findParticipantSwaps(source, target, alignWords(source, target));
    expect(source.slice(hit.sourceSpan!.start, hit.sourceSpan!.end)).toBe("Russie a envahi l'Ukraine");
    expect(target.slice(hit.targetSpan!.start, hit.targetSpan!.end)).toBe("Ukraine invaded Russia");
    expect(findingsOf("role-reversal", source, target)).toHaveLength(1);
  });

  it.each([
    ["Le ministre critique les syndicats.", "The minister criticises the unions."],
    ["Les syndicats ont été reçus par le ministre.", "The minister received the unions."],
    ["Selon les syndicats, le ministre refuse le dialogue.", "According to the unions, the minister refuses dialogue."],
    ["Israël a attaqué Gaza.", "Israel attacked Gaza."],
    ["La Russie a envahi l'Ukraine en 2022.", "Russia invaded Ukraine in 2022."],
    ["Hier, Emmanuel Macron a reçu Joe Biden à l'Élysée.", "Yesterday, Emmanuel Macron received Joe Biden at the Elysée."],
    ["Gaza a été attaquée par Israël.", "Israel attacked Gaza."],
  ])("accepts noun phrases kept in their roles: %j → %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });

  it.each([
    ["Je ne puis vous répondre aujourd'hui.", "You cannot answer me today.", "Je ne puis vous répondre", "You cannot answer me"],
    ["Même s'ils critiquent le gouvernement, les députés voteront le budget.", "Even if the government criticises them, the deputies will vote for the budget.", "ils critiquent le gouvernement", "government criticises them"],
  ])("reads the clause of a literary “ne puis” or an elided “s'ils”: %j → %j", (source, target, sourceText, targetText) => {
    // The participant reading itself: with "critiquer" in the lexicon, the aligned-verb reading
    // ("critiquent le gouvernement") also catches the second pair and speaks first in the check.
    const [hit] = findParticipantSwaps(source, target, alignWords(source, target));
    expect(source.slice(hit.sourceSpan!.start, hit.sourceSpan!.end)).toBe(sourceText);
    expect(target.slice(hit.targetSpan!.start, hit.targetSpan!.end)).toBe(targetText);
    expect(findingsOf("role-reversal", source, target)).toHaveLength(1);
  });

  it.each([
    ["Je sais que vous venez de Bruxelles.", "I know you come from Brussels."],
    ["Je pense que les électeurs ne nous pardonneront pas.", "I think voters will not forgive us."],
    ["Nous craignons que la crise ne nous rattrape.", "We fear the crisis will catch up with us."],
    ["Nous pensons que ces mesures ne vont pas plaire aux agriculteurs.", "Farmers won't like us taking these measures."],
    ["Ils vous suivront jusqu'à la mort.", "They will follow you to death."],
    ["Je sers mon roi et mon royaume.", "I serve my king and my kingdom."],
    ["Il me manque.", "I miss him."],
    ["Nous avons attaqué les morts-vivants.", "We attacked the undead."], ["Nous avons attaqué les morts-vivants.", "The undead have been sighted by us."],
    ["Ce livre me plaît.", "I like this book."],
    ["Je te vois et tu me vois.", "I see you and you see me."],
    ["Le gouvernement nous a informés.", "We were informed by the government."],
    ["J'ai entendu dire que vous me recherchiez !", "I heard you have been looking for me!"],
    ["Je sais que tu peux m'entendre.", "I know you can hear me."],
    ["Il est persuadé que les orcs n'oseront pas le combattre.", "He believes the orcs will not dare to fight him."],
    ["Nous n'accepterons pas que vous nous le preniez par la force.", "We will not suffer you to take it from us by force."],
    ["Kalenz, vous vous tenez aujourd'hui devant le conseil.", "Kalenz, the Council has called you here."],
    ["Bientôt nous te tuerons.", "Soon we shall kill you."],
    ["J'ai envie de la faire cramer !", "She makes me want to fry her!"],
  ])("accepts roles kept or rephrased: %j → %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });

  /** French, English with the pronouns' roles swapped, faithful English. */
  const PRONOUN_SWAPS: Array<[string, string, string]> = [
    // A pronominal verb keeps the speaker its subject: "je m'allierai", "nous allons nous joindre".
    ["Dès demain, je m'allierai avec vous.", "From tomorrow, you shall join me.", "From tomorrow, I shall join you."],
    ["Nous allons nous joindre à la charge de la cavalerie.", "The cavalry charge shall join us.", "We shall join the cavalry charge."],
    // Third persons keep their number: "ils" and "l'" are not "he" and "them".
    ["Ils l'aperçurent au bord de la rivière.", "He saw them by the river.", "They saw him by the river."],
    ["Elle les suivit jusqu'au village.", "They followed her to the village.", "She followed them to the village."],
  ];

  it.each(PRONOUN_SWAPS)("flags the pronouns' roles swapped: %j → %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toHaveLength(1);
  });

  it.each(PRONOUN_SWAPS)("accepts them kept in their roles: %j", (source, _target, faithful) => {
    expect(findingsOf("role-reversal", source, faithful)).toEqual([]);
  });

  it("reads the verb group through “par” and its infinitive: “ils finirent par le trouver”", () => {
    const source = "Ils fouillèrent la forêt et ils finirent par le trouver.";
    expect(findingsOf("role-reversal", source, "They searched the forest and he found them.")).toHaveLength(1);
    expect(findingsOf("role-reversal", source, "They searched the forest and they found him.")).toEqual([]);
  });

  it("reads “on” as the speakers: “On les a repoussés” is not “They drove us back”", () => {
    const source = "On les a repoussés jusqu'à la rivière.";
    expect(findingsOf("role-reversal", source, "They drove us back to the river.")).toHaveLength(1);
    expect(findingsOf("role-reversal", source, "We drove them back to the river.")).toEqual([]);
  });

  it.each([
    ["On nous a trahis.", "Someone betrayed us."],
    ["On nous a dit de partir avant l'aube.", "They told us to leave before dawn."],
  ])("reads “on nous” as someone acting on the speakers: %j → %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
