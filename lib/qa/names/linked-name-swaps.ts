import type { WordAlignment } from "@/lib/word-align/types";
import { getLexicon, lexiconRenderings } from "@/lib/word-align/lexicon";
import { wordInfo } from "@/lib/word-align/words";
import { NAME_EQUIVALENTS } from "./name-equivalents";
import { isSameName, isTransliteratedName } from "./name-similarity";
import { isFrenchWord } from "./name-words";
import { isCapitalisedOnly, isSpelled } from "../speller";
import { isSentenceInitial, spanOf } from "@/lib/text/text";
import type { CheckHit } from "../types";

// Names the aligner linked for their spelling that are two names: "Niger"/"Nigeria", "Lyon-Turin"/"Lyon-Milan".

/** What English adds to a name for its people, plural or adjective: "Israel"/"Israeli", "Congo"/"Congolese", "Lyon"/"Lyons". */
const DERIVED_ENDING = /^(?:e?s|e?ans?|ns?|ians?|l?ese|ish|is?|ites?|ic)$/;

const MIN_TRANSLATION_SCORE = 0.9;

/** The lexicon's English stems for a French name ("anvers" → "antwerp"). */
const renderingsOf = (folded: string) => lexiconRenderings(getLexicon().lexicon, folded, wordInfo(folded, "source").stem);

/**
 * Names the aligner linked for their spelling that English knows as two names: "le Niger" rendered
 * "Nigeria", "l'Autriche"… A French name spelt as an English one ("Niger") is copied, not
 * translated, so another name English knows is another place.
 */
export function findLinkedNameSwaps(source: string, alignment: WordAlignment): CheckHit[] {
  return alignment.links.flatMap((link): CheckHit[] => {
    const [sourceWord, targetWord] = [alignment.source[link.source], alignment.target[link.target]];
    // A surer link is the lexicon's: a translation ("Alger"/"Algiers"), not a likeness of spelling.
    if (link.score >= MIN_TRANSLATION_SCORE || !/^\p{Lu}/u.test(sourceWord.text) || !/^\p{Lu}/u.test(targetWord.text) || isSentenceInitial(source, sourceWord.start)) return [];
    const [sourceKey, targetKey] = [wordInfo(sourceWord.text, "source").folded, wordInfo(targetWord.text, "target").folded];
    // Only a name English lengthens into another ("Niger"/"Nigeria"): French forms of names ("Isabelle", "Maurice") and plurals ("Hopis") are spelt otherwise.
    if (targetKey.length <= sourceKey.length || !targetKey.startsWith(sourceKey) || DERIVED_ENDING.test(targetKey.slice(sourceKey.length))) return [];
    if (Object.hasOwn(NAME_EQUIVALENTS, sourceKey) || !isCapitalisedOnly(sourceWord.text) || !isCapitalisedOnly(targetWord.text)) return [];
    // A French word English translates, spelt otherwise, names its people: the English lengthens the rendering into their land ("le Normand" → "of Normandy", normand → norman).
    if (renderingsOf(sourceKey).some((rendering) => rendering !== sourceKey && targetKey.startsWith(rendering))) return [];
    return [{
      message: `The source names “${sourceWord.text}”, but the target has “${targetWord.text}” in its place: a different person, place or body.`,
      sourceSpan: spanOf(sourceWord), targetSpan: spanOf(targetWord), key: `${sourceKey}|${targetKey}`,
      evidence: { links: [{ source: spanOf(sourceWord), target: spanOf(targetWord), score: link.score }] },
    }];
  });
}

/**
 * Hyphenated names the aligner linked for the parts they share, with another name in one part's
 * place: "le tunnel Lyon-Turin" rendered "the Lyon-Milan tunnel", "Paris-Orléans" rendered
 * "Paris-Tours". The parts in the same order, one of them a different name; a part English
 * translates ("Saint-Jean" → "St John", "Bourgogne" → "Burgundy", "Anvers-Bruges" → "Antwerp-Bruges") is the same name.
 */
export function findCompoundNameSwaps(alignment: WordAlignment): CheckHit[] {
  return alignment.links.flatMap((link): CheckHit[] => {
    const [sourceWord, targetWord] = [alignment.source[link.source], alignment.target[link.target]];
    if (!sourceWord.text.includes("-") || !/^\p{Lu}/u.test(sourceWord.text) || !/^\p{Lu}/u.test(targetWord.text)) return [];
    const [sourceParts, targetParts] = [sourceWord.text.split("-"), targetWord.text.split("-")];
    if (sourceParts.length !== targetParts.length) return [];
    const changed = sourceParts.flatMap((part, index) => (wordInfo(part, "source").folded === wordInfo(targetParts[index], "target").folded ? [] : [index]));
    if (changed.length !== 1) return [];
    const [sourcePart, targetPart] = [sourceParts[changed[0]], targetParts[changed[0]]];
    const [sourceKey, targetKey] = [wordInfo(sourcePart, "source").folded, wordInfo(targetPart, "target").folded];
    // Both parts names: capitalised, neither a French nor an English dictionary word ("Franco-Italien", "Sud-Ouest" are no names),
    // unless the name has a lower-case joiner both sides keep: "Neuilly-sur-Marne", "Châlons-en-Champagne" ("marne" is also marl),
    // "Lot-et-Garonne" rendered "Tarn-et-Garonne" ("lot" and "tarn" are dictionary words too).
    // A name English does not know at all is a name too: "Saint-Émilion" rendered "Saint-Estèphe".
    const hasJoiner = sourceParts.some((part, index) => /^\p{Ll}+$/u.test(part) && part === targetParts[index]);
    if (!/^\p{Lu}\p{Ll}/u.test(sourcePart) || !/^\p{Lu}\p{Ll}/u.test(targetPart)) return [];
    if (!hasJoiner && (isSpelled(targetPart.toLowerCase()) || isFrenchWord(sourcePart, sourceKey, wordInfo(sourcePart, "source").stem))) return [];
    if (isSameName(sourceKey, targetKey) || isTransliteratedName(sourceKey, targetKey) || (NAME_EQUIVALENTS[sourceKey] ?? []).includes(targetKey) ||
      renderingsOf(sourceKey).includes(wordInfo(targetPart, "target").stem)) return [];
    return [{
      message: `The source names “${sourceWord.text}”, but the target has “${targetWord.text}” in its place: a different person, place or body.`,
      sourceSpan: spanOf(sourceWord), targetSpan: spanOf(targetWord), key: `${sourceKey}|${targetKey}`,
      evidence: { links: [{ source: spanOf(sourceWord), target: spanOf(targetWord), score: link.score }] },
    }];
  });
}
