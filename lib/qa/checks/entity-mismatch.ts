import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { getLexicon, type Lexicon } from "@/lib/word-align/lexicon";
import { NAME_EQUIVALENTS, isStateInCompound } from "../name-equivalents";
import { isSameName, isSpeltAlike, isTransliteratedName, soundSkeleton } from "../name-similarity";
import { findDemonymSwaps } from "../demonym-swaps";
import { findNamePhraseMismatches } from "../name-phrase-mismatches";
import { findKnownEntitySwaps } from "../known-entities";
import { findCoordinatedName } from "../coordinated-names";
import { isCapitalisedOnly, isSpelled } from "../speller";
import { foldText, isSentenceInitial, normaliseKey, spanOf, stripElision } from "@/lib/text/text";
import type { CheckHit, SegmentCheck } from "../types";

/** Per lexicon, whether a French word's renderings include a name English knows: asked for every capitalised word of every pair. */
const RENDERS_NAME = new WeakMap<Lexicon, Map<string, boolean>>();

/** A French dictionary word ("Blanche", "Nains") that is not also a name English knows ("Paris"). */
export function isFrenchWord(text: string, folded: string, stem: string): boolean {
  const { lexicon } = getLexicon();
  if (!lexicon.has(folded) && !lexicon.has(`~${stem}`)) return false;
  if (isSpelled(text) && !isSpelled(text.toLowerCase())) return false;
  // "Sicile", "Roumanie": the lexicon renders the word by a name English knows ("Sicily", "Romania"), so it names a place too.
  let known = RENDERS_NAME.get(lexicon);
  if (!known) RENDERS_NAME.set(lexicon, (known = new Map()));
  let rendersName = known.get(folded);
  if (rendersName === undefined) {
    rendersName = [...(lexicon.get(folded) ?? [])].some((rendering) => isEnglishNameStem(rendering, folded));
    if (known.size >= 100_000) known.clear();
    known.set(folded, rendersName);
  }
  return !rendersName;
}

/**
 * Whether a lexicon rendering (an English stem: "sicili", "romania") of the French word `folded` spells a
 * word the English dictionary knows capitalised only.
 */
function isEnglishNameStem(stem: string, folded: string): boolean {
  if ([stem, stem.replace(/i$/, "y"), `${stem}e`, `${stem}a`].some(isCapitalisedOnly)) return true;
  // The stemmer takes the final "s" off cities English writes with one, and "ll" loses an "l" ("Marseilles" →
  // "marseil", "Naples" → "napl"): such a name spelt like the French one is that city ("gang" is not "Ganges").
  const bases = stem.endsWith("l") ? [stem, `${stem}l`] : [stem];
  return bases.flatMap((base) => [base, `${base}e`, `${base}s`, `${base}es`]).some((form) => isSpeltAlike(folded, form) && isCapitalisedOnly(form));
}
const ORDINAL = /^[ivxlc]+(?:e|er|re|eme|ieme)s?$/;

/** Capitalised words that are titles or days, not entities of their own. */
const NOT_ENTITIES = /^(?:i|ii|iii|iv|v|vi|mr|mrs|ms|dr|st|m|mme|monsieur|madame|sir|lord|lady|king|queen|roi|reine|dieu|god)$/;

/**
 * A capitalised word that names someone or something: mid-sentence (a sentence start says
 * nothing), not shouted in capitals. An English name must also be unknown to the English
 * dictionary in lower case: "the Flaming Sword" is a capitalised common noun, "Lyon" a name.
 */
function isName(text: string, word: AlignedWord, language: "source" | "target"): boolean {
  if (word.text.length < 2 || !/^\p{Lu}\p{Ll}/u.test(word.text) || /\p{Lu}{2}/u.test(word.text.slice(1))) return false;
  // A letter drawn out thrice is a cry or a hiss ("Aaaah", "Ainsssi", "Soooo"), not a name.
  if (/(\p{L})\1\1/iu.test(word.text)) return false;
  const info = wordInfo(word.text, language);
  if (info.isFunction || NOT_ENTITIES.test(info.folded)) return false;
  // A sentence may start with any word: there, only a plain word of four letters or more, the subject of
  // what follows ("Tallin dut…", "Niger's ruling junta…", not "Ahhh, …", "Hmmm"; "Laudiss’s trail" is), that neither language knows in lower case is a name.
  if (isSentenceInitial(text, word.start) && (!/^\p{L}{4,}$/u.test(word.text) || /([ahmoruz])\1$/iu.test(word.text) || !/^(?:['’]s)? \p{Ll}/u.test(text.slice(word.end, word.end + 4)) ||
    isSpelled(info.folded) || (language === "source" && isFrenchWord(word.text, info.folded, info.stem)))) return false;
  // Hunspell lists names capitalised only: "europe" and "lyon" are unknown in lower case, "sword" is known.
  // Demonyms ("Palestinian", "Islamist") qualify an entity; they are not one.
  if (language === "target" && /(?:ians?|ese|ish|ists?)$/.test(info.folded)) return false;
  // The article of a French place name, which the French contracts: "au Guilvinec" → "in Le Guilvinec", "du Havre" → "of Le Havre".
  if (language === "target" && /^(?:le|la|les)$/.test(info.folded) && /^ \p{Lu}/u.test(text.slice(word.end, word.end + 2))) return false;
  // "Vème siècle"; "la Croatie Blanche", "la Première Guerre": a French common word capitalised inside a
  // name is translated, not replaced (the names the checks know, "État", stay in NAME_EQUIVALENTS).
  if (language === "source") return !ORDINAL.test(info.folded) && !(isFrenchWord(word.text, info.folded, info.stem) && !NAME_EQUIVALENTS[info.folded]?.length);
  return !info.folded.split("-").every((part) => isSpelled(part));
}

function unlinkedNames(text: string, words: AlignedWord[], linked: Set<number>, language: "source" | "target"): number[] {
  return words.flatMap((word, index) => (!linked.has(index) && isName(text, word, language) ? [index] : []));
}

/**
 * A compound name of French words translated word by word: a part's rendering inside the English name
 * ("Castel-Amer" → "Bitterhold", "Haut-Rupt" → "Highbrook"), or at either end of it when the French runs
 * the words together ("Aiguenoire" → "Blackwater", "Vieuxbosc" → "Oldwood", "Brisetibias" → "Shinsplitters").
 */
function isCalquedName(sourceFolded: string, targetFolded: string): boolean {
  const parts = sourceFolded.split("-");
  if (parts.length >= 2) return parts.some((part) => renderingsOf(part).some((rendering) => rendering.length >= 4 && targetFolded.includes(rendering)));
  // Every split leaving a French word of four letters or more on the side that is tried.
  for (let cut = 4; cut <= sourceFolded.length - 4; cut += 1) {
    const [head, tail] = [sourceFolded.slice(0, cut), sourceFolded.slice(cut)];
    if ([head, tail].some((part) => renderingsOf(part).some((rendering) => rendering.length >= 3 && (targetFolded.startsWith(rendering) || targetFolded.endsWith(rendering))))) return true;
  }
  return false;
}

/** The lexicon's English stems for a French word, by its form and by its stem. */
function renderingsOf(folded: string): string[] {
  const { lexicon } = getLexicon();
  return [...(lexicon.get(folded) ?? []), ...(lexicon.get(`~${wordInfo(folded, "source").stem}`) ?? [])];
}

/**
 * A French dictionary word of a name translated with it, beside a word of the same name linked to the
 * English word beside the target's: "l'Âge Primaire" → "the Primal Aeon" (Primaire/Primal), "le Conseil
 * Elfe" → "the Elven Council". A person's or place's own name is no dictionary word and is still compared.
 */
function isTranslatedNameWord(alignment: WordAlignment, sourceIndex: number, targetIndex: number): boolean {
  const { folded, stem } = wordInfo(alignment.source[sourceIndex].text, "source");
  // The lexicon, not isFrenchWord: "Âge" renders "age", which the English speller also knows as a surname ("Agee").
  const { lexicon } = getLexicon();
  if (!lexicon.has(folded) && !lexicon.has(`~${stem}`)) return false;
  const isCapitalisedAt = (words: AlignedWord[], index: number) => words[index] !== undefined && /^\p{Lu}/u.test(words[index].text);
  return alignment.links.some((link) => Math.abs(link.source - sourceIndex) === 1 && Math.abs(link.target - targetIndex) === 1 &&
    isCapitalisedAt(alignment.source, link.source) && isCapitalisedAt(alignment.target, link.target));
}

function isTranslatedName(sourceFolded: string, target: string): boolean {
  const equivalents = Object.hasOwn(NAME_EQUIVALENTS, sourceFolded) ? NAME_EQUIVALENTS[sourceFolded] : null;
  return equivalents !== null && equivalents.some((phrase) => target.includes(phrase));
}

/**
 * Names on both sides that the aligner left without a counterpart, paired in reading order:
 * "Delfador" rendered "Zorlan", "le Conseil d'État" rendered "the Council of Europe" (État/Europe).
 * A name that is spelt nearly alike is name-mismatch's; a name with no other name in its place is
 * not reported here.
 */
export function findEntityMismatches(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const { sourceNames, findTargetNames } = findUnmatchedNames(source, target, alignment);
  if (sourceNames.length === 0) return [];
  const targetNames = findTargetNames();
  const hits: CheckHit[] = [];
  for (const [rank, sourceIndex] of sourceNames.entries()) {
    const targetIndex = targetNames[rank];
    if (targetIndex === undefined) break;
    const [sourceWord, targetWord] = [alignment.source[sourceIndex], alignment.target[targetIndex]];
    const [sourceKey, targetKey] = [wordInfo(sourceWord.text, "source").folded, wordInfo(targetWord.text, "target").folded];
    if (isSameName(sourceKey, targetKey) || isTransliteratedName(sourceKey, targetKey) || isCalquedName(sourceKey, targetKey)) continue;
    if (isTranslatedNameWord(alignment, sourceIndex, targetIndex)) continue;
    hits.push({
      message: `The source names “${sourceWord.text}”, but the target has “${targetWord.text}” in its place: a different person, place or body.`,
      sourceSpan: spanOf(sourceWord), targetSpan: spanOf(targetWord), key: `${sourceKey}|${targetKey}`,
      evidence: { links: [{ source: spanOf(sourceWord), target: null, score: 0 }, { source: null, target: spanOf(targetWord), score: 0 }] },
    });
  }
  return hits;
}

/** What English adds to a name for its people, plural or adjective: "Israel"/"Israeli", "Congo"/"Congolese", "Lyon"/"Lyons". */
const DERIVED_ENDING = /^(?:e?s|e?ans?|ns?|ians?|l?ese|ish|is?|ites?|ic)$/;

const MIN_TRANSLATION_SCORE = 0.9;

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
 * translates ("Saint-Jean" → "St John", "Bourgogne" → "Burgundy") is the same name.
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
    // Both parts names: capitalised, neither a French nor an English dictionary word ("Franco-Italien", "Sud-Ouest" are no names).
    if (!/^\p{Lu}\p{Ll}/u.test(sourcePart) || !/^\p{Lu}\p{Ll}/u.test(targetPart) || !isCapitalisedOnly(targetPart) || isFrenchWord(sourcePart, sourceKey, wordInfo(sourcePart, "source").stem)) return [];
    if (isSameName(sourceKey, targetKey) || isTransliteratedName(sourceKey, targetKey) || (NAME_EQUIVALENTS[sourceKey] ?? []).includes(targetKey)) return [];
    return [{
      message: `The source names “${sourceWord.text}”, but the target has “${targetWord.text}” in its place: a different person, place or body.`,
      sourceSpan: spanOf(sourceWord), targetSpan: spanOf(targetWord), key: `${sourceKey}|${targetKey}`,
      evidence: { links: [{ source: spanOf(sourceWord), target: spanOf(targetWord), score: link.score }] },
    }];
  });
}

/**
 * Names of the target that nothing in the source names, beyond those standing in for an unmatched
 * source name (entity-mismatch's): "with the help of Alduin" where the French names nobody. Word
 * indexes into `alignment.target`.
 */
export function findAddedNames(source: string, target: string, alignment: WordAlignment): number[] {
  const { sourceNames, findTargetNames } = findUnmatchedNames(source, target, alignment);
  // A capitalised French word left unlinked ("les Portes des Nains" → "Dwarven Doors", "l'Âge Primaire"
  // → "the Primal Aeon") may be the name, translated: nothing is added then.
  const linked = new Set(alignment.links.map((link) => link.source));
  if (alignment.source.some((word, index) => !linked.has(index) && /^\p{Lu}/u.test(word.text) && !isSentenceInitial(source, word.start) && !wordInfo(word.text, "source").isFunction)) return [];
  const targetNames = findTargetNames();
  const rendered = new Set(alignment.source.flatMap((word) => NAME_EQUIVALENTS[wordInfo(word.text, "source").folded] ?? []));
  return targetNames.slice(sourceNames.length).filter((index) => !rendered.has(wordInfo(alignment.target[index].text, "target").folded));
}

/**
 * Names of the source that nothing in the target names, beyond those a target name stands in for
 * (entity-mismatch's): "interpellé à Calais jeudi" against "arrested on Thursday". Word indexes
 * into `alignment.source`.
 */
export function findDroppedNames(source: string, target: string, alignment: WordAlignment): number[] {
  const { sourceNames, findTargetNames } = findUnmatchedNames(source, target, alignment);
  if (sourceNames.length === 0) return [];
  // A capitalised English word left unlinked may be the name, translated ("Sicile" → "Sicily"): nothing is dropped then.
  const linked = new Set(alignment.links.map((link) => link.target));
  let hasTranslatedName: boolean | undefined;
  const isTranslatedElsewhere = () => (hasTranslatedName ??= alignment.target.some((word, index) => !linked.has(index) && /^\p{Lu}/u.test(word.text) &&
    !isSentenceInitial(target, word.start) && !wordInfo(word.text, "target").isFunction));
  // Only a name a preposition governs ("à Calais", "vers la Sicile"), or one "et"/"ou" joins to a name the target
  // keeps ("Kalenz et Landar" → "Kalenz"): a person named mid-sentence is often rendered "he" or "her", a vocative
  // dropped, a sentence-opening capital may be any word.
  const unmatched = new Set(sourceNames);
  const sourceLinked = new Set(alignment.links.map((link) => link.source));
  const isKept = (index: number) => sourceLinked.has(index) || (/^\p{Lu}/u.test(alignment.source[index].text) && !unmatched.has(index) && isName(source, alignment.source[index], "source"));
  return sourceNames.slice(findTargetNames().length).filter((index) => {
    // A list's member: its rendering would stand beside the kept name's, where content-omission looks for room.
    const partner = findCoordinatedName(source, alignment.source, index);
    if (partner >= 0 && isKept(partner)) return true;
    if (isSentenceInitial(source, alignment.source[index].start) || isTranslatedElsewhere()) return false;
    let before = index - 1;
    if (before >= 0 && FRENCH_ARTICLES.has(alignment.source[before].text.toLowerCase())) before -= 1;
    return before >= 0 && FRENCH_NAME_PREPOSITIONS.has(alignment.source[before].text.toLowerCase());
  });
}

const FRENCH_ARTICLES = new Set(["le", "la", "les", "l'", "l’"]);
/** Prepositions of place, time and direction; "de" is left out: "ce tyran d'Haldric" is a genitive that English often drops. */
const FRENCH_NAME_PREPOSITIONS = new Set("à au aux en dans vers depuis chez sur sous par pour entre contre avec".split(" "));

/** A name the other side writes as a common noun of the same sound: "Gryphons" for "des griffons". */
function isSameSound(name: string, word: string): boolean {
  const skeleton = soundSkeleton(name);
  return skeleton.length >= 3 && skeleton === soundSkeleton(word);
}

/** The words of a name run together in camel case, folded ("ZooParc": "zoo", "parc"); none for a plain word. */
function camelCaseWords(text: string): string[] {
  const pieces = text.match(/\p{Lu}\p{Ll}+/gu);
  return pieces !== null && pieces.length >= 2 && pieces.join("") === text ? pieces.map((piece) => foldText(piece)) : [];
}

/** A side's words split at hyphens (folded): the capitalised ones, the others, and the capitalised ones that render no French word. */
type Parts = { capitalised: string[]; lowerCase: string[]; names: string[] };
type UnmatchedNames = { sourceNames: number[]; findTargetNames: () => number[] };
/** entity-mismatch and content-addition ask about the same pair's alignment: look the names up once. */
const UNMATCHED = new WeakMap<WordAlignment, UnmatchedNames>();

/** Unlinked names of each side that the other side does not name in any spelling, in reading order. */
function findUnmatchedNames(source: string, target: string, alignment: WordAlignment): UnmatchedNames {
  let found = UNMATCHED.get(alignment);
  if (!found) {
    found = lookUpUnmatchedNames(source, target, alignment);
    UNMATCHED.set(alignment, found);
  }
  return found;
}

function lookUpUnmatchedNames(source: string, target: string, alignment: WordAlignment): UnmatchedNames {
  let foldedTarget: string | undefined;
  const parts = (words: AlignedWord[], language: "source" | "target") => words.flatMap((word) => stripElision(wordInfo(word.text, language).folded).word.split("-"));
  // A name found anywhere on the other side, even linked to another word, is not replaced ("Gaza" twice in French, once in English).
  // In lower case only as a word of its stem ("Israeli"/"israélienne"): "Esten" is not "l'est", "Abez" not "able".
  // Transliterations (Khadafi/Gaddafi, Ouïghours/Uyghur) are compared with the other side's capitalised words only.
  // Each side's parts are split when a name of the other side asks for them: most pairs have no unlinked name.
  // "The Lyon Opera" for "L'Opéra de Paris": "Opera" renders the French word "Opéra", so it transliterates no name ("Paris" sounds "pr" too).
  const partsOf = (words: AlignedWord[], language: "source" | "target", isRendering: (index: number) => boolean = () => false) => {
    let split: Parts | null = null;
    // "d'Etat" is capitalised after its elision.
    const isCapitalised = (word: AlignedWord) => /^\p{Lu}/u.test(stripElision(word.text).word);
    return () => (split ??= {
      capitalised: parts(words.filter(isCapitalised), language), lowerCase: parts(words.filter((word) => !isCapitalised(word)), language),
      names: parts(words.filter((word, index) => isCapitalised(word) && !isRendering(index)), language),
    });
  };
  const sourceParts = partsOf(alignment.source, "source");
  const targetParts = partsOf(alignment.target, "target", (index) => alignment.links.some((link) => {
    if (link.target !== index) return false;
    const word = alignment.source[link.source];
    const info = wordInfo(word.text, "source");
    return !info.isFunction && isFrenchWord(word.text, info.folded, info.stem);
  }));
  const appearsIn = (text: string, folded: string, others: () => Parts) => others().capitalised.some((other) => isSameName(folded, other)) ||
    others().lowerCase.some((other) => other.length >= 4 && ((other.slice(0, 4) === folded.slice(0, 4) && isSameName(folded, other)) || isSameSound(folded, other))) ||
    camelCaseWords(text).some((part) => others().lowerCase.includes(part)) || others().names.some((name) => isTransliteratedName(folded, name));
  const sourceNames = unlinkedNames(source, alignment.source, new Set(alignment.links.map((link) => link.source)), "source")
    .filter((index) => {
      const folded = wordInfo(alignment.source[index].text, "source").folded;
      return !isTranslatedName(folded, (foldedTarget ??= normaliseKey(target))) && !appearsIn(alignment.source[index].text, folded, targetParts) && !isStateInCompound(source, alignment.source[index].start, folded);
    });
  // The target's names cost a dictionary look-up each: found only when asked for. A word of a source name's
  // English rendering ("Paris" of "the Paris region" for "Île-de-France") stands in for no other name.
  let targetNames: number[] | null = null;
  const findTargetNames = () => {
    if (targetNames) return targetNames;
    const equivalents = (folded: string) => (Object.hasOwn(NAME_EQUIVALENTS, folded) ? NAME_EQUIVALENTS[folded] : []);
    const rendered = new Set(alignment.source.flatMap((word) => equivalents(wordInfo(word.text, "source").folded).flatMap((phrase) => phrase.split(" "))));
    return (targetNames = unlinkedNames(target, alignment.target, new Set(alignment.links.map((link) => link.target)), "target").filter((index) => {
      const folded = wordInfo(alignment.target[index].text, "target").folded;
      return !appearsIn(alignment.target[index].text, folded, sourceParts) && !rendered.has(folded);
    }));
  };
  return { sourceNames, findTargetNames };
}

export const entityMismatch: SegmentCheck = {
  id: "entity-mismatch",
  category: "accuracy_mistranslation",
  severity: "major",
  title: "A name replaced by a different entity",
  run({ source, target }, context) {
    const alignment = context.alignment();
    const hits = [...findEntityMismatches(source, target, alignment), ...findLinkedNameSwaps(source, alignment), ...findCompoundNameSwaps(alignment), ...findDemonymSwaps(source, target, alignment)];
    const isFrenchWordAt = (index: number) => {
      const info = wordInfo(alignment.source[index].text, "source");
      return isFrenchWord(alignment.source[index].text, info.folded, info.stem);
    };
    // A name of several words told apart by a word the word-by-word pairing does not see ("Conseil constitutionnel"/"Council of State").
    const isReported = (span: { start: number; end: number }) => hits.some((hit) => hit.sourceSpan && hit.sourceSpan.start >= span.start && hit.sourceSpan.end <= span.end);
    const phraseHits = findNamePhraseMismatches(source, target, alignment, { isFrenchWord: isFrenchWordAt }).filter((hit) => !isReported(hit.sourceSpan!));
    // A known body's whole name against another's ("Haute Autorité de santé"/"World Health Organization"): reported once, where no word-level hit overlaps it.
    const overlaps = (span: { start: number; end: number }) => [...hits, ...phraseHits].some((hit) => hit.sourceSpan && hit.sourceSpan.start < span.end && span.start < hit.sourceSpan.end);
    return [...hits, ...phraseHits, ...findKnownEntitySwaps(source, target).filter((hit) => !overlaps(hit.sourceSpan!))];
  },
};
