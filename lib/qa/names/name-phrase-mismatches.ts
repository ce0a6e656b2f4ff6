import { cognateScore } from "@/lib/word-align/cognates";
import { getLexicon, lexiconHas, lexiconRenderings, renderedStems } from "@/lib/word-align/lexicon";
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { wordInfo, type WordInfo } from "@/lib/word-align/words";
import { COUNTRIES } from "@/lib/text/countries";
import { foldText } from "@/lib/text/text";
import type { CheckHit } from "../types";
import { NAME_EQUIVALENTS, PLACE_RENDERINGS, isPlaceName } from "./name-equivalents";
import { SETTING_NAMES } from "./name-glosses";
import { ENGLISH_BODY_HEADS, FRENCH_BODY_HEADS, findSourceNamePhrases, findTargetNamePhrases, isAcronym, type NamePhrase } from "./name-phrases";
import { isTransliteratedName } from "./name-similarity";
import { isSpelled } from "../speller";
import { isCountedUnit } from "./acronym-expansions";

type Sides = { source: string; target: string; alignment: WordAlignment; links: Set<number>; linkedTargets: Set<number>; renderings: Map<number, boolean> };

const linkKey = (source: number, target: number) => source * 4096 + target;

function equivalentsOf(folded: string): string[] {
  return Object.hasOwn(NAME_EQUIVALENTS, folded) ? NAME_EQUIVALENTS[folded] : COUNTRY_BY_FRENCH_ADJECTIVE.get(folded) ?? [];
}

/** A country's French adjectives with its English names and adjectives: "l'Association japonaise de sumo" is the "Japan Sumo Association". */
const COUNTRY_BY_FRENCH_ADJECTIVE = new Map(COUNTRIES.flatMap((country) => country.frenchAdjectives.filter((adjective) => !adjective.includes(" "))
  .map((adjective) => [foldText(adjective), [...country.english, ...country.englishAdjectives].map((name) => foldText(name))] as const)));

function sortedLetters(folded: string): string {
  return [...folded].sort().join("");
}

/** Whether an English word may render a French word: linked, the same, a cognate, the lexicon's, the names table's, or one name transliterated. */
function isRendering(sides: Sides, source: number, target: number): boolean {
  const key = linkKey(source, target);
  if (sides.links.has(key)) return true;
  let answer = sides.renderings.get(key);
  if (answer === undefined) sides.renderings.set(key, (answer = isUnlinkedRendering(sides, source, target)));
  return answer;
}

/** English endings that make a field or a trade of a noun: "forest" → "forestry", "fish" → "fisheries". */
const DERIVED_ENDING = /^(?:e?ry|e?ries)$/;

function isUnlinkedRendering(sides: Sides, source: number, target: number): boolean {
  const [sourceWord, targetWord] = [sides.alignment.source[source], sides.alignment.target[target]];
  const [french, english] = [wordInfo(sourceWord.text, "source"), wordInfo(targetWord.text, "target")];
  if (french.folded === english.folded || cognateScore(french, english) >= 0.7) return true;
  const { lexicon } = getLexicon();
  if (lexiconHas(lexicon, french.folded, french.stem, english.stem) || lexiconHas(lexicon, french.folded, french.stem, english.baseStem)) return true;
  // "l'Office national des forêts" → "the National Forestry Office": a word made from a rendering's stem.
  if (lexiconRenderings(lexicon, french.folded, french.stem).some((stem) => stem.length >= 4 && english.folded.startsWith(stem) && DERIVED_ENDING.test(english.folded.slice(stem.length)))) return true;
  if (equivalentsOf(french.folded).some((phrase) => phrase.split(" ").includes(english.folded))) return true;
  // FMI/IMF, BCE/ECB, OTAN/NATO: an acronym's letters reordered with its adjectives.
  if (isAcronym(sourceWord, "source") && isAcronym(targetWord, "target")) return sortedLetters(french.folded) === sortedLetters(english.folded);
  // Transliteration is for proper names: "Conseil" and "Constitutional" share a consonant skeleton.
  return /^\p{Lu}/u.test(sourceWord.text) && /^\p{Lu}/u.test(targetWord.text) && isTransliteratedName(french.folded, english.folded) && !isSpelled(english.folded);
}

/** Initials a French word may give an acronym: its own, and those of its English renderings (santé → H of WHO). */
function initialsOf(french: WordInfo): Set<string> {
  const renderings = [...lexiconRenderings(getLexicon().lexicon, french.folded, french.stem), ...equivalentsOf(french.folded)];
  return new Set([french.folded[0], ...renderings.map((rendering) => rendering[0])]);
}

/** Whether each letter of an acronym can be given to a different word, each word allowing the letters in its set. */
function spellsAcronym(acronym: string, allowed: Array<Set<string>>): boolean {
  if (acronym.length !== allowed.length) return false;
  const assign = (position: number, used: Set<number>): boolean => position === acronym.length ||
    allowed.some((letters, word) => !used.has(word) && letters.has(acronym[position]) && assign(position + 1, new Set([...used, word])));
  return assign(0, new Set());
}

/** An acronym of one side against a name of the other written out: BCE/"European Central Bank", "Banque centrale européenne"/ECB. */
function isExpansion(sides: Sides, acronym: string, phrase: NamePhrase, language: "source" | "target"): boolean {
  const words = language === "source" ? sides.alignment.source : sides.alignment.target;
  const allowed = phrase.words.map((index) => {
    const info = wordInfo(words[index].text, language);
    return language === "source" ? initialsOf(info) : new Set([info.folded[0]]);
  });
  return spellsAcronym(acronym, allowed);
}

type Rendered = { source: (index: number) => boolean; target: (index: number) => boolean };

/** Which words of each side have a counterpart anywhere on the other side, looked up once each. */
function renderedWords(sides: Sides, sourcePhrases: NamePhrase[], targetPhrases: NamePhrase[]): Rendered {
  const { alignment } = sides;
  const foldedTarget = ` ${wordsOf(alignment.target)} `;
  const memo = (compute: (index: number) => boolean) => {
    const known = new Map<number, boolean>();
    return (index: number) => known.get(index) ?? (known.set(index, compute(index)), known.get(index)!);
  };
  const source = memo((index) => {
    const folded = wordInfo(alignment.source[index].text, "source").folded;
    // An English word the aligner gave to another French word renders that one ("farmers" is the "éleveurs", not the "Agriculture").
    if (alignment.target.some((_, target) => (!sides.linkedTargets.has(target) || sides.links.has(linkKey(index, target))) && isRendering(sides, index, target))) return true;
    if (equivalentsOf(folded).some((phrase) => foldedTarget.includes(` ${phrase} `))) return true;
    return isAcronym(alignment.source[index], "source") && targetPhrases.some((phrase) => isExpansion(sides, folded, phrase, "target"));
  });
  const target = memo((index) => {
    const folded = wordInfo(alignment.target[index].text, "target").folded;
    if (alignment.source.some((_, sourceIndex) => isRendering(sides, sourceIndex, index))) return true;
    return isAcronym(alignment.target[index], "target") && sourcePhrases.some((phrase) => isExpansion(sides, folded, phrase, "source"));
  });
  return { source, target };
}

function wordsOf(words: WordAlignment["target"]): string {
  return words.map((word) => wordInfo(word.text, "target").folded).join(" ");
}

/** Options of the caller that knows the French dictionary: whether a French word is a common noun, not a proper name. */
export type PhraseOptions = { isFrenchWord: (index: number) => boolean };

/**
 * Names of several words whose counterparts differ: a name on each side sharing a word (the head,
 * "Conseil"/"Council") while a word of each has no counterpart anywhere on the other side
 * ("constitutionnel"/"State", "Pasteur"/"Curie", "Économie"/"Interior"); and names neither of
 * whose words has a counterpart, paired in reading order ("Sénat"/"National Assembly",
 * "Banque centrale européenne"/"IMF"). An acronym matches its expansion on the other side.
 */
export function findNamePhraseMismatches(source: string, target: string, alignment: WordAlignment, options: PhraseOptions): CheckHit[] {
  const sourcePhrases = findSourceNamePhrases(source, alignment.source, options.isFrenchWord);
  // A unit a figure counts ("8,6 millions d'EVP"), where the English counts one too ("8.6 million TEU"), names no body.
  let hasTargetUnit: boolean | undefined;
  const isUnit = (candidate: NamePhrase) => candidate.words.length === 1 && isCountedUnit(source, alignment.source[candidate.words[0]]) &&
    (hasTargetUnit ??= alignment.target.some((word) => isCountedUnit(target, word)));
  const entities = sourcePhrases.filter((candidate) => isSourceEntity(alignment, candidate) && !isUnit(candidate));
  if (entities.length === 0) return [];
  const targetPhrases = findTargetNamePhrases(target, alignment.target);
  if (targetPhrases.length === 0) return [];
  const sides: Sides = { source, target, alignment, links: new Set(alignment.links.map((link) => linkKey(link.source, link.target))),
    linkedTargets: new Set(alignment.links.map((link) => link.target)), renderings: new Map() };
  const rendered = renderedWords(sides, sourcePhrases, targetPhrases);
  const isUnexplained = (index: number) => !rendered.target(index) && !SETTING_NAMES.has(wordInfo(alignment.target[index].text, "target").folded);
  const hits: CheckHit[] = [];
  const unpairedSource: NamePhrase[] = [];
  const pairedTargets = new Set<NamePhrase>();
  for (const phrase of entities) {
    const partners = targetPhrases.filter((other) => phrase.words.some((s) => other.words.some((t) => isRendering(sides, s, t))));
    partners.forEach((partner) => pairedTargets.add(partner));
    if (!phrase.words.some((index) => !rendered.source(index))) {
      // A place the French does not give, added to a body the French names in full: "l'Agence du médicament" is not the "European Medicines Agency".
      const placed = phrase.words.length > 1 ? partners.find((other) => other.words.some((index) => isUnexplained(index) && isPlaceWord(alignment.target[index]))) : undefined;
      if (placed) hits.push(hitOf(source, target, phrase, placed));
      continue;
    }
    if (partners.length === 0) {
      if (entityWords(alignment.source, phrase, "source").every((index) => !rendered.source(index))) unpairedSource.push(phrase);
      continue;
    }
    // A name no French dictionary gives, right after the name's noun, is a proper name in apposition ("Institut Pasteur"): any other name replaces it.
    const hasProperName = phrase.words.some((index) => !rendered.source(index) && phrase.words.includes(index - 1) && /^\p{Lu}/u.test(alignment.source[index].text) &&
      !options.isFrenchWord(index));
    // English names a French body with its own kind of body ("Office français de la biodiversité" → "French Biodiversity Agency"):
    // where only the body's noun is left unrendered and its other words are, another body's noun is the same body.
    const isSourceHead = (index: number) => FRENCH_BODY_HEADS.has(wordInfo(alignment.source[index].text, "source").folded);
    const isHeadRenamed = !hasProperName && phrase.words.every((index) => rendered.source(index) || isSourceHead(index)) &&
      phrase.words.some((index) => rendered.source(index) && !isSourceHead(index) && alignment.source[index].isContent);
    const isTargetHead = (index: number) => ENGLISH_BODY_HEADS.has(wordInfo(alignment.target[index].text, "target").folded.replace(/s$/, ""));
    // One word rendered freely in a long name the English otherwise gives word for word ("Observatoire national de la précarité énergétique"
    // → "National Observatory of Energy Poverty"): three of its content words rendered or more, and one left on each side.
    const isFreeWord = (other: NamePhrase) => !hasProperName && phrase.words.filter((index) => rendered.source(index) && alignment.source[index].isContent).length >= MIN_RENDERED_FOR_FREE_WORD &&
      phrase.words.filter((index) => !rendered.source(index) && alignment.source[index].isContent).length === 1 && other.words.filter(isUnexplained).length === 1;
    // A common noun no dictionary knows is left unrendered for want of a rendering, not for another body's word ("Fédération nationale
    // des héliciculteurs" → "National Federation of Snail Farmers"): a body's other name is a proper name or a word the dictionaries know.
    const isUnknownNounOnly = phrase.words.filter((index) => !rendered.source(index) && alignment.source[index].isContent)
      .every((index) => /^\p{Ll}/u.test(alignment.source[index].text) && !options.isFrenchWord(index));
    if (isUnknownNounOnly) continue;
    const partner = partners.find((other) => !isFreeWord(other) &&
      other.words.some((index) => isUnexplained(index) && !(isHeadRenamed && isTargetHead(index)) && (hasProperName || isReplacingWord(alignment.target[index]))));
    if (partner) hits.push(hitOf(source, target, phrase, partner));
  }
  const unpairedTarget = targetPhrases.filter((phrase) => !pairedTargets.has(phrase) && entityWords(alignment.target, phrase, "target").every((index) => !rendered.target(index)) &&
    !phrase.words.every((index) => !isUnexplained(index)) && isTargetEntity(alignment, phrase) && !isDemonym(alignment, phrase));
  for (const [rank, phrase] of unpairedSource.entries()) {
    if (rank >= unpairedTarget.length) break;
    // A body named by its noun ("la Compagnie") with a bare name in its place ("Weldyn") is as often a metonymy as a swap.
    if (isBareName(alignment, unpairedTarget[rank]) && !isAcronymOrPlace(alignment, phrase)) continue;
    hits.push(hitOf(source, target, phrase, unpairedTarget[rank]));
  }
  return hits;
}

/** How many of a name's content words the English must render for one other word of it to be a free rendering, not another body's. */
const MIN_RENDERED_FOR_FREE_WORD = 3;

/**
 * A word that could stand for another body's: a name English does not know in lower case, or the lexicon's
 * rendering of some French word ("State", "Interior"). A word no French word gives ("Warders" for
 * "Sentinelles") is the translator's free rendering of the same name.
 */
function isReplacingWord(word: AlignedWord): boolean {
  const { lexicon } = getLexicon();
  const stems = renderedStems(lexicon);
  const info = wordInfo(word.text, "target");
  return stems.has(info.stem) || stems.has(info.baseStem) || !isSpelled(info.folded);
}

/** The words that make a name an entity's: its acronyms and body nouns ("Banque" of "Banque centrale européenne"), or all its words. */
function entityWords(words: WordAlignment["source"], phrase: NamePhrase, language: "source" | "target"): number[] {
  const heads = language === "source" ? FRENCH_BODY_HEADS : ENGLISH_BODY_HEADS;
  const found = phrase.words.filter((index) => isAcronym(words[index], language) || heads.has(wordInfo(words[index].text, language).folded.replace(language === "target" ? /s$/ : /$/, "")));
  return found.length > 0 ? found : phrase.words;
}

/** A French name that names a body or a place: an acronym, a body's noun ("Conseil", "ministère"), or a place of the names table ("Chine"). */
function isSourceEntity(alignment: WordAlignment, phrase: NamePhrase): boolean {
  const folded = phrase.words.map((index) => wordInfo(alignment.source[index].text, "source").folded);
  // The body's noun heads the name: "Conseil des Sentinelles" is a council, "Premier Mage du Haut Conseil" a mage.
  if (phrase.words.some((index) => isAcronym(alignment.source[index], "source")) || FRENCH_BODY_HEADS.has(folded[0])) return true;
  return folded.length === 1 && isPlaceName(folded[0]);
}

/** A French name that is an acronym ("CNRS") or a place of the names table ("Chine"), not a body named by its noun. */
function isAcronymOrPlace(alignment: WordAlignment, phrase: NamePhrase): boolean {
  const words = phrase.words.map((index) => alignment.source[index]);
  return words.some((word) => isAcronym(word, "source")) || (words.length === 1 && isPlaceName(wordInfo(words[0].text, "source").folded));
}

/** A lone English name that is neither an acronym, a body's noun nor a place: "Weldyn", "Inserm". */
function isBareName(alignment: WordAlignment, phrase: NamePhrase): boolean {
  if (phrase.words.length > 1) return false;
  const word = alignment.target[phrase.words[0]];
  const folded = wordInfo(word.text, "target").folded;
  return !isAcronym(word, "target") && !ENGLISH_BODY_HEADS.has(folded.replace(/s$/, "")) && !PLACE_RENDERINGS.has(folded);
}

/** An English name that names a body or a place: an acronym, a body's noun ("Council", "Ministry"), or one name, a place's or one English knows only capitalised. */
function isTargetEntity(alignment: WordAlignment, phrase: NamePhrase): boolean {
  const folded = phrase.words.map((index) => wordInfo(alignment.target[index].text, "target").folded);
  if (phrase.words.some((index) => isAcronym(alignment.target[index], "target")) || folded.some((word) => ENGLISH_BODY_HEADS.has(word.replace(/s$/, "")))) return true;
  return folded.length === 1 && (PLACE_RENDERINGS.has(folded[0]) || !isSpelled(folded[0]));
}

/** A place or its demonym ("Germany", "European"), as the names table's places are rendered. */
function isPlaceWord(word: AlignedWord): boolean {
  return PLACE_RENDERINGS.has(wordInfo(word.text, "target").folded);
}

/** "European", "Palestinian", "Chinese": a lone demonym qualifies an entity; it is not one. */
function isDemonym(alignment: WordAlignment, phrase: NamePhrase): boolean {
  return phrase.words.length === 1 && /(?:[ie]ans?|ese|ish|ists?)$/.test(wordInfo(alignment.target[phrase.words[0]].text, "target").folded);
}

function hitOf(source: string, target: string, sourcePhrase: NamePhrase, targetPhrase: NamePhrase): CheckHit {
  const [sourceText, targetText] = [source.slice(sourcePhrase.start, sourcePhrase.end), target.slice(targetPhrase.start, targetPhrase.end)];
  const [sourceSpan, targetSpan] = [{ start: sourcePhrase.start, end: sourcePhrase.end }, { start: targetPhrase.start, end: targetPhrase.end }];
  return {
    message: `The source names “${sourceText}”, but the target has “${targetText}” in its place: a different person, place or body.`,
    sourceSpan, targetSpan, key: `${wordInfo(sourceText, "source").folded}|${wordInfo(targetText, "target").folded}`,
    evidence: { links: [{ source: sourceSpan, target: null, score: 0 }, { source: null, target: targetSpan, score: 0 }] },
  };
}
