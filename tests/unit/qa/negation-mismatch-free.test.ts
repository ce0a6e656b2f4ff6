import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// Free renderings of fiction (issue 12): negations English says with a word of its own, and "ne" that does not negate.
describe("negation-mismatch on free renderings", () => {
  it.each([
    // An unlinked English negative word at the place of the unlinked negated word.
    ["C'est une bonne leçon pour les soldats qui ne sont pas aguerris.", "It is a good lesson for soldiers yet untested in battle."],
    // A span of time counted with "since" in English.
    ["Il y a longtemps qu'aucun homme vint dans cette forêt.", "It has been a long time since a man came to this forest."],
    ["Ça fait longtemps que j'avais pas vu un tel trésor.", "It has been years since I saw such a treasure."],
    // "ne peut que" is "can only".
    ["Notre situation ne peut qu'empirer maintenant.", "Our situation will get worse now."],
    // Idioms with a negative word that negate nothing, the noun "pas", a "no" that answers.
    ["Il viendra sans aucun doute demain.", "He will surely come tomorrow."],
    ["Le convoi est arrivé sans encombre.", "The convoy arrived safely."],
    ["Nous avons perdu pas mal d'hommes.", "We lost a lot of men."],
    ["Chaque pas nous rapproche de la victoire.", "Every step brings us closer to victory."],
    ["Je paierai cent pièces, mais pas plus !", "I will pay a hundred coins, but no more!"],
    ["Non, nous sommes vos amis !", "No— we are your friends!"],
    // "sans" rendered "with" and the opposite of its word.
    ["Nous traverserons la rivière sans difficulté.", "We will cross the river with ease."],
    // French words and phrases that say no without a negator, rendered by an English negation.
    ["Nous sommes encore loin de la ville, et la nuit tombe.", "We have not yet reached the town, and night is falling."],
    ["Nous aurons du mal à tenir ce fort.", "We will not easily hold this fort."],
    ["Il est trop faible pour porter cette épée.", "He would never be able to carry this sword."],
    ["J'ai douté de sa parole au début.", "I did not trust his word at first."],
    ["Bien sûr que non, mon ami.", "Of course not, my friend."],
    // English that says the negation its own way: "nor do I", "not long before" (soon), "run out of", "will be unable".
    ["Je ne fais que porter les nouvelles, je n'en suis pas la cause, et je ne comprends pas non plus leur sens.", "I only bring the news, I did not cause it, nor do I understand its meaning."],
    ["Les premiers éclaireurs sont aperçus peu de temps après.", "It is not long before the first scouts are spotted."],
    ["Nous n'avons plus de vivres.", "We have run out of food."],
    ["Sans son aide, nous ne pourrons point passer le fleuve.", "Without his help, we will be unable to cross the river."],
    // An unlinked French word that says no, with no English word of its own to render it, is what the negation says wherever it stands.
    ["Inutile de continuer à discuter avec ce vieux fou.", "Arguing with this old fool is no use."],
    ["Sinon, les orcs nous massacreront tous cette nuit.", "If the messenger from the capital does not come, the orcs will slaughter us all tonight."],
    ["Je suis incapable de marcher plus loin.", "Further than this, I cannot walk."],
    // A negation said on one side by the opposite of the other side's word.
    ["Je sais que cette rumeur est fausse.", "I know this rumour is not true."],
    ["Ce plan me déplaît, mais je vous suivrai.", "I do not like this plan, but I will follow you."],
    ["Les renforts ne devraient pas tarder à arriver.", "The reinforcements should arrive shortly."],
    ["Cela ne risque pas d'améliorer notre situation.", "That will make our situation worse."],
    ["Jamais les soldats du roi ne quitteront cette ville.", "The king's soldiers will never leave this town."],
    ["Eh bien, au moins, nous n'avons pas à affronter les morts-vivants.", "Well, at least we do not have to contend with the undead."],
  ])("stays silent on %j → %j", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["C'est une bonne leçon pour les soldats qui ne sont pas aguerris.", "It is a good lesson for soldiers tested in battle.", "ne sont pas"],
    ["Il y a longtemps qu'aucun homme vint dans cette forêt.", "For a long time, men came to this forest.", "aucun"],
    ["Notre situation ne peut empirer.", "Our situation can get worse.", "ne peut"],
    ["Nous ne sommes pas seuls et cela ne peut qu'empirer.", "We are alone, and it will get worse.", "ne sommes pas"],
    ["Nous traverserons la rivière sans difficulté.", "We will cross the river with difficulty.", "sans"],
    ["Il est parti sans aucun bagage.", "He left with his luggage.", "sans"],
    // An emphatic "do" places the unlinked verb group, so an "un-" word far from it ("undead") does not say the negation.
    ["Eh bien, au moins, nous n'avons pas à affronter les morts-vivants.", "Well, at least we do have to contend with the undead.", "n'avons pas"],
    // A "jamais" fronted before a noun subject negates with the clause's "ne".
    ["Jamais les soldats du roi ne quitteront cette ville.", "The king's soldiers will leave this town.", "Jamais les soldats du roi ne"],
    ["Nous n'avons plus de vivres.", "We have plenty of food.", "n'avons plus"],
    ["Sans son aide, nous ne pourrons point passer le fleuve.", "Without his help, we will be able to cross the river.", "ne pourrons point"],
  ])("still flags %j → %j at %j", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
  });

  it.each([
    ["Nous sommes encore près de la ville, et la nuit tombe.", "We have not yet reached the town, and night is falling.", "not"],
    ["Il est assez fort pour porter cette épée.", "He would never be able to carry this sword.", "never"],
    ["J'ai cru sa parole au début.", "I did not trust his word at first.", "not"],
    ["Nous attaquerons le château à l'aube !", "Surely we will not attack the castle at dawn!", "not"],
    ["Je sais que cette rumeur est exacte.", "I know this rumour is not true.", "not"],
    ["Ce plan me plaît, mais je vous suivrai.", "I do not like this plan, but I will follow you.", "not"],
    // "stop" does not cancel "no one" when the French says "arrêter" too.
    ["C'est terrible, quelqu'un doit les arrêter !", "That's terrible, no one should stop them!", "no one"],
  ])("still flags the negation added to %j → %j at %j", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(targetTextOf(finding, target)).toBe(negator);
  });
});
