import type { AlignedWord } from "@/lib/word-align/types";
import { foldedAt } from "@/lib/word-align/words";
import { isBoundary, type Negator } from "./negators";

/**
 * French words and the English words that say their opposite: a negation of the one may be
 * rendered by the other, "n'est pas loin" → "is close", "ne va pas mal" → "is doing well".
 */
const ANTONYMS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^loin$/, /^(?:near|nearby|close)$/],
  [/^(?:sort|part)(?:ir|s|ent|ira|iront|irait|iraient|ie|ies|is|i|ons|ez)?$|^quitt/, /^(?:stay|stays|stayed|staying|remain|remains|remained|remaining)$/],
  [/^mal$/, /^(?:well|good|fine)$/],
  [/^(?:facile|facilement)$/, /^(?:hard|difficult|tough)$/],
  [/^(?:difficile|difficultes?|dur)$/, /^(?:easy|easily|ease)$/],
  [/^(?:rare|rarement)$/, /^(?:common|commonly|often|frequent|frequently|usual|usually|routine|routinely|regularly)$/],
  [/^(?:souvent|frequent)/, /^(?:rare|rarely|seldom)$/],
  [/^tard/, /^(?:soon|shortly|early|quickly|immediately|promptly)$/],
  // "ne risque pas d'améliorer la situation" → "to make matters worse".
  [/^amelior/, /^(?:worse|worsen|worsens|worsened|worsening)$/],
  [/^(?:vrai|exact)/, /^(?:false|wrong|untrue)$/],
  [/^(?:bon|bonne|bons|bonnes|bien)$/, /^(?:bad|badly|wrong|poor|poorly)$/],
  [/^(?:suffi|assez$)/, /^(?:insufficient|too|lack|lacking)$/],
  [/^(?:d'accord|accept|approuv)/, /^(?:disagree|disagrees|disagreed|refus|reject)/],
  // "n'a pas hésité à plonger" → "was quick to dive", "ne s'est pas opposée" → "agreed", "ce n'est pas une petite réforme" → "a major reform".
  [/^hesit/, /^(?:quick|quickly|swift|swiftly|prompt|promptly|readily|eager|eagerly|immediately|rushed|hurried)$/],
  [/^oppos/, /^(?:agree|agreed|agrees|accept|accepted|accepts|back|backed|backs|support|supported|supports|endorse|endorsed|allow|allowed|allows|approve|approved|approves|welcome|welcomed)$/],
  [/^(?:petite?s?|minces?|negligeables?|anodine?s?)$/, /^(?:major|big|large|huge|considerable|significant|substantial|serious)$/],
  // "n'a pas survécu" → "died", "n'a pas gagné" → "lost", "n'a pas perdu" → "kept", "pas cher" → "cheap", "n'a pas caché" → "openly".
  [/^(?:surviv|survec)/, /^(?:die|died|dies|dead|death|killed|succumb\w*|perish\w*)$/],
  [/^(?:gagn|remport)/, /^(?:lose|loses|lost|losing|defeated|beaten)$/],
  [/^perd/, /^(?:keep|keeps|kept|retain|retains|retained|won|wins)$/],
  [/^(?:cher|chere|chers|cheres|couteu)/, /^(?:cheap|cheaply|inexpensive|affordable)$/],
  [/^cach/, /^(?:openly|open)$/],
  // "ne connaît pas la crise" → "is shrugging off the downturn": not knowing a hardship is being spared it.
  [/^(?:connai|connu)/, /^(?:immune|shrug|shrugs|shrugged|shrugging|defy|defies|defied|defying|bucking|bucked|thriving|booming)$/],
  // "ne fait pas l'unanimité" → "is divisive", "ne savent toujours pas" → "remains a mystery", "are still in the dark".
  // "ne pourra pas dépasser 1 euro" → "at most one euro", "n'a pas dépassé 1,10 euro" → "stayed at or below".
  [/^(?:depass|exced)/, /^(?:most|below|less|maximum|capped|cap|limited|within|under)$/],
    [/^(?:unanimite|consensus)$/, /^(?:divisive|divided|split|controversial|contentious|critics|criticised|criticized)$/],
  [/^(?:sais|sait|savent|savons|savez|savai)/, /^(?:mystery|dark|unclear|clueless)$/],
  // "ne briserai pas mon serment" → "will uphold the oath", "n'a pas rompu le cessez-le-feu" → "has kept to the ceasefire".
  [/^(?:bris|romp|rompu|viol|trahi)/, /^(?:keep|keeps|kept|keeping|uphold|upholds|upheld|honour\w*|honor\w*|respect|respects|respected|abide|abides|abided|stick|sticks|stuck|loyal)$/],
];

/** Whether the English says, somewhere, the opposite of a French word of this negation's clause: the negation is rendered by an antonym. */
export function hasNegatedAntonym(source: string, sourceWords: AlignedWord[], targetWords: AlignedWord[], negator: Negator): boolean {
  const clause: string[] = [];
  for (let k = negator.first; k < Math.min(sourceWords.length, negator.last + 4); k += 1) {
    if (k > negator.first && isBoundary(source, sourceWords[k - 1], sourceWords[k])) break;
    clause.push(foldedAt(sourceWords, k, "source").replace(/’/g, "'"));
  }
  const english = targetWords.map((_, index) => foldedAt(targetWords, index, "target"));
  return ANTONYMS.some(([french, opposite]) => clause.some((word) => french.test(word)) && english.some((word) => opposite.test(word)));
}

/** English words and the French words (folded) that say their opposite: "not true" may render "faux", "does not please" "déplaît". */
const SOURCE_ANTONYMS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:true|right|correct)$/, /^(?:faux|fausses?|errone(?:e|s|es)?)$/],
  [/^(?:like|likes|liked|please|pleases|pleased|mind|minds)$/, /^(?:deplai|deplu|desagreabl)/],
  // A word of little said by "not" and a word of much: "de courte durée" → "did not last long", "il est rare que" → "do not often", "minces" → "not great".
  [/^(?:long|last)$/, /^(?:courte?s?|brefs?|breves?)$/],
  [/^(?:often|frequently|common)$/, /^rares?$/],
  [/^(?:high|great|big|large|strong)$/, /^(?:faibles?|minces?|basses?)$/],
  [/^(?:close|near)$/, /^eloign/],
  // "reste introuvable" → "has still not been found", "écarté du groupe" → "not selected", "en deçà des prévisions" → "has not met forecasts".
  [/^(?:found|located|traced)$/, /^introuvables?$/],
  [/^(?:selected|picked|chosen|included)$/, /^ecart(?:e|ee|es|ees)$/],
  [/^(?:met|meet|meets|reached|reach|reaches)$/, /^deca$/],
  // "a mis fin à la gratuité" → "will no longer be free", "ont quitté la table" → "are no longer at the table".
  [/^longer$/, /^(?:fin|quitt|termin|achev|cess|arret)/],
];

/** Whether the French says, somewhere, the opposite of the English word this negation negates: the French says the negation with an antonym. */
export function hasSourceAntonym(sourceWords: AlignedWord[], targetWords: AlignedWord[], negator: Negator): boolean {
  const negated = [1, 2, 3].map((offset) => foldedAt(targetWords, negator.last + offset, "target"));
  const french = sourceWords.map((_, index) => foldedAt(sourceWords, index, "source"));
  return SOURCE_ANTONYMS.some(([english, opposite]) => negated.some((word) => english.test(word)) && french.some((word) => opposite.test(word)));
}
