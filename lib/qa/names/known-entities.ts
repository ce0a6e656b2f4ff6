import { foldText, isCapitalised } from "@/lib/text/text";
import { findMentions, isPlace, type Mention } from "./known-entity-mentions";
import { isInitialsOf } from "./acronym-expansions";
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import type { CheckHit } from "../types";
import { isClauseBoundaryBefore } from "../clause-boundaries";

/**
 * Whether a source span and a target span lie in names of one known entity: "RDC" and "DR Congo",
 * "Moscou" and "Russia". The word-by-word pairing of names takes such a pair for a replacement.
 */
export function isSameKnownEntity(source: string, target: string, sourceSpan: { start: number; end: number }, targetSpan: { start: number; end: number }): boolean {
  const within = (span: { start: number; end: number }) => (mention: Mention) => mention.start <= span.start && span.end <= mention.end;
  const sourceMention = findMentions(source, "french").find(within(sourceSpan));
  return sourceMention !== undefined && findMentions(target, "english").some((mention) => mention.entity === sourceMention.entity && within(targetSpan)(mention));
}

/**
 * Whether a source span lies in a known entity's name that the target names in any of its forms:
 * "Conseil" of "en Conseil des ministres" against "at Wednesday's cabinet meeting", "République" of
 * "le président de la République" against "the French president". Its words are rendered as a whole.
 */
export function isInRenderedEntity(source: string, target: string, span: { start: number; end: number }): boolean {
  if (isInKeptAcronymExpansion(source, target, span)) return true;
  const mention = findMentions(source, "french").find((candidate) => candidate.start <= span.start && span.end <= candidate.end);
  return mention !== undefined && [...findMentions(target, "english"), ...findMentions(target, "french")].some((other) => other.entity === mention.entity);
}

/** A name spelt out before its acronym in brackets: "l'École polytechnique fédérale de Lausanne (EPFL)". */
const BRACKETED_ACRONYM = /\((\p{Lu}{2,6})\)/gu;
/** How many words before the brackets an expansion may start: a small word may give no initial. */
const EXPANSION_WORDS = 12;

/**
 * Whether a source span lies in a name spelt out before its acronym in brackets, where the target keeps
 * the acronym alone ("la Commission nationale de l'informatique et des libertés (CNIL)" → "the CNIL"):
 * the acronym renders the whole name.
 */
export function isInKeptAcronymExpansion(source: string, target: string, span: { start: number; end: number }): boolean {
  for (const match of source.matchAll(BRACKETED_ACRONYM)) {
    if (match.index < span.end || !new RegExp(`(?<!\\p{L})${match[1]}(?!\\p{L})`, "u").test(target)) continue;
    const before = source.slice(0, match.index);
    if (/[.;:!?()«»"“”]/.test(before.slice(span.end))) continue;
    // The expansion opens on a word whose initials, from there to the brackets, spell the acronym.
    const starts = [...before.matchAll(/(?<![\p{L}'’])\p{L}/gu)].map((word) => word.index).slice(-EXPANSION_WORDS);
    // Its words are those the initials give, bar small ones: no word before it counts.
    const isWhole = (start: number) => before.slice(start).split(/[^\p{L}]+/u).filter((word) => word.length > 3).length <= match[1].length;
    if (starts.some((start) => start <= span.start && isInitialsOf(match[1], before, start) && isWhole(start))) return true;
  }
  return false;
}

/**
 * Each dropped mention with an added one of its kind: a place (country or city) with a place, a body
 * with a body. "un drone houthi" against "The French frigate … a Hezbollah drone" is Hezbollah's, not
 * French's; English adds the setting ("Switzerland's EPFL", "the French universities' conference") to bodies.
 */
function pairByKind(dropped: Mention[], added: Mention[], [sourceLength, targetLength]: [number, number]): Array<[Mention, Mention]> {
  const left = [...added];
  const pairs: Array<[Mention, Mention]> = [];
  // Of several of its kind, the one at the nearest place in its sentence: "un fonds londonien" at the end is the
  // "New York hedge fund" near the end, not the "France's" English puts first as a setting.
  const drift = (mention: Mention, other: Mention) => Math.abs(mention.start / sourceLength - other.start / targetLength);
  for (const mention of dropped) {
    let at = -1;
    left.forEach((other, index) => {
      if (isPlace(other) === isPlace(mention) && (at < 0 || drift(mention, other) < drift(mention, left[at]))) at = index;
    });
    if (at >= 0) pairs.push([mention, left.splice(at, 1)[0]]);
  }
  return pairs;
}

/**
 * Added entities of the target each paired with a mention of an entity the source names more often than the target
 * does, standing in its slot: a French word beside the mention has its English beside the added one. "l'écrivain
 * irlandais … l'ambassade d'Irlande" → "Irish writer … the British embassy". One mention fewer alone is no swap
 * (English says "it" where French names a country again): an entity the source never names must stand in its place.
 */
function pairOutnumbered(sourceMentions: Mention[], targetMentions: Mention[], unpaired: Mention[], alignment: WordAlignment): Array<[Mention, Mention]> {
  const count = (mentions: Mention[], entity: number) => mentions.filter((mention) => mention.entity === entity).length;
  const excess = new Map<number, number>();
  for (const { entity } of sourceMentions) excess.set(entity, count(sourceMentions, entity) - count(targetMentions, entity));
  const pairs: Array<[Mention, Mention]> = [];
  for (const replacement of unpaired) {
    // Named in the target too: an entity the target never names was offered to pairByKind as dropped.
    const mention = sourceMentions.find((candidate) => excess.get(candidate.entity)! > 0 && count(targetMentions, candidate.entity) > 0 &&
      isPlace(candidate) === isPlace(replacement) && isInSameSlot(alignment, candidate, replacement));
    if (mention === undefined) continue;
    excess.set(mention.entity, excess.get(mention.entity)! - 1);
    pairs.push([mention, replacement]);
  }
  return pairs;
}

/** How far from a mention, in words, a linked French word and its English stand to place it. */
const SLOT_REACH = 2;

/** Whether a French word within reach of the source mention is linked to an English word within reach of the target one. */
function isInSameSlot(alignment: WordAlignment, sourceMention: Mention, targetMention: Mention): boolean {
  // The last word before the mention and the first after it: a word is near when fewer than SLOT_REACH words stand between.
  const nearMention = (words: AlignedWord[], mention: Mention) => {
    const [lastBefore, firstAfter] = [words.findLastIndex((word) => word.end <= mention.start), words.findIndex((word) => word.start >= mention.end)];
    return (index: number) => (index <= lastBefore && lastBefore - index < SLOT_REACH) || (firstAfter >= 0 && index >= firstAfter && index - firstAfter < SLOT_REACH);
  };
  const [isNearSource, isNearTarget] = [nearMention(alignment.source, sourceMention), nearMention(alignment.target, targetMention)];
  return alignment.links.some((link) => alignment.source[link.source].isContent && isNearSource(link.source) && isNearTarget(link.target));
}

/** The known entities a text names in any of their forms, French or English: English copies French names ("FNSEA") and French English ones. */
function namedEntities(text: string): Set<number> {
  return new Set([...findMentions(text, "french"), ...findMentions(text, "english")].map((mention) => mention.entity));
}

/**
 * Known entities of the source the target names nowhere, each with a known entity of the target in
 * its place that the source names nowhere, paired by kind and place in the sentence: "le Conseil d'État" rendered
 * "the Council of Europe", "la Haute Autorité de santé" rendered "the World Health Organization",
 * "le président de la République" rendered "the Prime Minister". A target entity the source
 * names in any form (French or English) is a rendering, not a replacement.
 */
export function findKnownEntitySwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const targetMentions = findMentions(target, "english");
  if (targetMentions.length === 0) return [];
  const sourceMentions = findMentions(source, "french");
  if (sourceMentions.length === 0) return [];
  const [namedInSource, namedInTarget] = [namedEntities(source), namedEntities(target)];
  const dropped = sourceMentions.filter((mention) => !namedInTarget.has(mention.entity) && !isInKeptAcronymExpansion(source, target, mention));
  const added = targetMentions.filter((mention) => !namedInSource.has(mention.entity));
  if (added.length === 0) return [];
  const pairs = pairByKind(dropped, added, [source.length, target.length]);
  const unpaired = added.filter((mention) => !pairs.some(([, replacement]) => replacement === mention));
  return [...pairs, ...pairOutnumbered(sourceMentions, targetMentions, unpaired, alignment)].map(([mention, replacement]): CheckHit => {
    const [sourceSpan, targetSpan] = [{ start: mention.start, end: mention.end }, { start: replacement.start, end: replacement.end }];
    const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
    return {
      message: `The source names “${sourceText}”, but the target has “${targetText}” in its place: a different person, place or body.`,
      sourceSpan, targetSpan, key: `${foldText(sourceText)}|${foldText(targetText)}`,
      evidence: { links: [{ source: sourceSpan, target: null, score: 0 }, { source: null, target: targetSpan, score: 0 }] },
    };
  });
}

/**
 * Known bodies of the source (not places) the target names nowhere, in any form, none of whose words
 * the aligner links, with no other known entity of the target in their place: "malgré les réserves de
 * la Cour des comptes sur son coût" → "despite reservations about its cost". A place is left out:
 * English drops a setting the story gives ("l'armée israélienne" → "the army").
 */
export function findDroppedKnownBodies(source: string, target: string, alignment: WordAlignment): Array<{ start: number; end: number }> {
  // A name of several words, capitalised: "le président de la chambre" names an office the English may say many ways ("the head"),
  // "Bruxelles" or "la CGT" a body it may call "the EU" or "the union".
  const sourceMentions = findMentions(source, "french").filter((mention) => !isPlace(mention) && isCapitalised(source.slice(mention.start, mention.end)) && /\s/.test(source.slice(mention.start, mention.end)));
  if (sourceMentions.length === 0) return [];
  const targetMentions = findMentions(target, "english");
  const namedInSource = namedEntities(source);
  if (targetMentions.some((mention) => !namedInSource.has(mention.entity))) return [];
  const namedInTarget = namedEntities(target);
  const linked = new Set(alignment.links.map((link) => link.source));
  const isLinkedWithin = (mention: Mention) => alignment.source.some((word, index) => word.start >= mention.start && word.end <= mention.end && linked.has(index));
  return sourceMentions.filter((mention) => !namedInTarget.has(mention.entity) && !isInKeptAcronymExpansion(source, target, mention) && !isLinkedWithin(mention))
    .map((mention) => ({ start: mention.start, end: mention.end }));
}

/**
 * Known bodies of the target (not places) the source names nowhere, in any form, with no known body of
 * the source dropped for them to replace: "…, which is largely funded by the European Union" where the
 * French names no funder. Capitalised names of several words only, as findDroppedKnownBodies reads them:
 * "the union" may render "la CGT", and English adds the setting ("France's") a French story leaves implicit.
 */
export function findAddedKnownBodies(source: string, target: string): Array<{ start: number; end: number }> {
  return addedBodyMentions(source, target).filter((mention) => isCapitalised(target.slice(mention.start, mention.end)) && /\s/.test(target.slice(mention.start, mention.end)))
    .map((mention) => ({ start: mention.start, end: mention.end }));
}

/** The target's mentions of known bodies (not places) the source names nowhere, none when a known body of the source is dropped. */
function addedBodyMentions(source: string, target: string): Mention[] {
  const targetMentions = findMentions(target, "english").filter((mention) => !isPlace(mention));
  if (targetMentions.length === 0) return [];
  const namedInSource = namedEntities(source);
  const added = targetMentions.filter((mention) => !namedInSource.has(mention.entity));
  if (added.length === 0) return [];
  const namedInTarget = namedEntities(target);
  return findMentions(source, "french").some((mention) => !isPlace(mention) && !namedInTarget.has(mention.entity)) ? [] : added;
}

/** Capitalised French heads of a body's name: "la Chambre des notaires de Paris", "l'Association nationale pommes poires". */
const INSTITUTION_HEADS = /^(?:chambre|association|federation|confederation|conseil|institut|agence|office|syndicat|observatoire|comite|autorite|fondation|ligue|caisse|academie|ordre)$/;
/** Words a body's name may hold after its head: its complements, their articles and adjectives, and names. */
const NAME_CONNECTORS = /^(?:de|des|du|d['’]|la|le|les|l['’]|et)$/i;
/** How many words after its head a body's name is read to. */
const BODY_NAME_REACH = 5;

/**
 * A body of the source that no known-entity table lists ("la Chambre des notaires de Paris"), none of
 * whose words the aligner links, with a known body of the target in its place that the source names
 * nowhere ("national statistics office INSEE"), when no known body of the source is dropped (that pair is
 * findKnownEntitySwaps'). A known body's initials spelled out in the French are its name, not another's.
 */
export function findUnlistedBodySwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const added = addedBodyMentions(source, target);
  if (added.length === 0 || added.some((mention) => mention.entity !== added[0].entity)) return [];
  const linked = new Set(alignment.links.map((link) => link.source));
  const words = alignment.source;
  const sourceMentions = findMentions(source, "french");
  const head = words.findIndex((word, index) => isCapitalised(word.text) && INSTITUTION_HEADS.test(foldText(word.text).toLowerCase()) && !linked.has(index) &&
    !sourceMentions.some((mention) => mention.start <= word.start && word.end <= mention.end));
  if (head < 0) return [];
  let last = head;
  for (let index = head + 1; index < words.length && index - head <= BODY_NAME_REACH; index += 1) {
    // An article not after "de" opens another phrase: "l'Association nationale pommes poires [un accord]".
    const isOtherArticle = /^(?:un|une|le|la|les|l['’])$/i.test(words[index].text) && !/^(?:de|des|du|d['’])$/i.test(words[index - 1].text);
    if (isOtherArticle || isClauseBoundaryBefore(source, words, index)) break;
    if (!NAME_CONNECTORS.test(words[index].text)) last = index;
  }
  // A word of the name rendered makes it a rendering: "l'Agence régionale de santé" → "the regional health authority".
  if (words.slice(head + 1, last + 1).some((word, offset) => linked.has(head + 1 + offset) && word.isContent)) return [];
  // "national statistics office INSEE": one body named twice is one span.
  const targetSpan = { start: added[0].start, end: added.at(-1)!.end };
  if (added.some((mention) => isInitialsOf(target.slice(mention.start, mention.end), source, words[head].start))) return [];
  const sourceSpan = { start: words[head].start, end: words[last].end };
  const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
  return [{
    message: `The source names “${sourceText}”, but the target has “${targetText}” in its place, a body the source names nowhere: a different body.`,
    sourceSpan, targetSpan, key: `${foldText(sourceText)}|${foldText(targetText)}`,
    evidence: { links: [{ source: sourceSpan, target: null, score: 0 }, { source: null, target: targetSpan, score: 0 }] },
  }];
}
