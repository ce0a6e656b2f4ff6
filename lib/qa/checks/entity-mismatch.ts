import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { getLexicon, lexiconRenderings } from "@/lib/word-align/lexicon";
import { isSameName, isTransliteratedName } from "../names/name-similarity";
import { findAcronymSwaps, findUnmatchedCapitals } from "../names/acronym-swaps";
import { findCommonWordPlaceSwaps } from "../names/common-word-places";
import { findCommonWordNameSwaps } from "../names/common-word-names";
import { findCrossStyleSwaps } from "../names/cross-style-swaps";
import { findCurrencySwaps } from "../names/currency-swaps";
import { findOpeningNameSwaps } from "../names/opening-name-swaps";
import { findDemonymSwaps } from "../names/demonym-swaps";
import { findAcronymExpansion, isInitialsOf, parenthesisedInitialsStart, isSameApposedAcronym } from "../names/acronym-expansions";
import { findNamePhraseMismatches } from "../names/name-phrase-mismatches";
import { COUNTRIES } from "@/lib/text/countries";
import { findKnownEntitySwaps, findUnlistedBodySwaps, isInKeptAcronymExpansion, isInRenderedEntity, isSameKnownEntity } from "../names/known-entities";
import { findCompoundNameSwaps, findLinkedNameSwaps } from "../names/linked-name-swaps";
import { isFrenchWord } from "../names/name-words";
import { findUnmatchedNames } from "../names/unmatched-names";
import { unexplainedContent } from "../names/unexplained-content";
import { wholeNameAt } from "../roles/role-markers";
import { foldText, spanOf } from "@/lib/text/text";
import type { CheckHit, SegmentCheck } from "../types";

// content-addition and content-omission read the added and dropped names from here.
export { findAddedNames, findDroppedNames } from "../names/unmatched-names";

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

const renderingsOf = (folded: string) => lexiconRenderings(getLexicon().lexicon, folded, wordInfo(folded, "source").stem);

/**
 * A French dictionary word of a name translated with it, beside a word of the same name linked to the
 * English word beside the target's: "l'Âge Primaire" → "the Primal Aeon" (Primaire/Primal), "le Conseil
 * Elfe" → "the Elven Council". A person's or place's own name is no dictionary word and is still compared.
 */
function isTranslatedNameWord(alignment: WordAlignment, sourceIndex: number, targetIndex: number): boolean {
  const { folded, stem } = wordInfo(alignment.source[sourceIndex].text, "source");
  // The lexicon, not isFrenchWord: "Âge" renders "age", which the English speller also knows as a surname ("Agee").
  const { lexicon } = getLexicon();
  // By its stem only when the word is French: "Collins" is no plural of "colline".
  if (!lexicon.has(folded) && !(lexicon.has(`~${stem}`) && isFrenchWord(alignment.source[sourceIndex].text, folded, stem))) return false;
  const isCapitalisedAt = (words: AlignedWord[], index: number) => words[index] !== undefined && /^\p{Lu}/u.test(words[index].text);
  return alignment.links.some((link) => Math.abs(link.source - sourceIndex) === 1 && Math.abs(link.target - targetIndex) === 1 &&
    isCapitalisedAt(alignment.source, link.source) && isCapitalisedAt(alignment.target, link.target));
}

const COUNTRY_BY_ENGLISH_NAME = new Map(COUNTRIES.flatMap((country) => country.english.map((name) => [name.toLowerCase(), country] as const)));

/**
 * "France's air accident investigation agency": a country in the possessive before a common noun
 * glosses a body the French names by itself, when that country is France, which French news need not
 * name, or one the source names ("l'office allemand" → "Germany's federal office"). Another country
 * glosses another country's body ("Germany's medicines regulator" for a French agency).
 */
function isCountryGloss(foldedSource: string, words: AlignedWord[], index: number): boolean {
  const country = COUNTRY_BY_ENGLISH_NAME.get(words[index].text.toLowerCase());
  if (!country || !/^['’]s$/.test(words[index + 1]?.text ?? "") || !/^\p{Ll}/u.test(words[index + 2]?.text ?? "")) return false;
  const isNamed = (name: string) => new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, "u").test(foldedSource);
  return country.key === "france" || [...country.french, ...country.frenchAdjectives].some((name) => isNamed(foldText(name)));
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
  const foldedSource = foldText(source);
  const targetNames = findTargetNames().filter((index) => !isCountryGloss(foldedSource, alignment.target, index));
  const hits: CheckHit[] = [];
  for (const [rank, sourceIndex] of sourceNames.entries()) {
    const targetIndex = targetNames[rank];
    if (targetIndex === undefined) break;
    const [sourceWord, targetWord] = [alignment.source[sourceIndex], alignment.target[targetIndex]];
    const [sourceKey, targetKey] = [wordInfo(sourceWord.text, "source").folded, wordInfo(targetWord.text, "target").folded];
    if (isSameName(sourceKey, targetKey) || isTransliteratedName(sourceKey, targetKey) || isCalquedName(sourceKey, targetKey)) continue;
    if (isTranslatedNameWord(alignment, sourceIndex, targetIndex)) continue;
    // Each named whole in the message ("Paul Lefebvre", "Brian Bigger"): the reviewer reads names, not the word that differs.
    hits.push({
      message: `The source names “${wholeNameAt(source, alignment.source, sourceIndex)}”, but the target has “${wholeNameAt(target, alignment.target, targetIndex)}” in its place: a different person, place or body.`,
      sourceSpan: spanOf(sourceWord), targetSpan: spanOf(targetWord), key: `${sourceKey}|${targetKey}`,
      evidence: { links: [{ source: spanOf(sourceWord), target: null, score: 0 }, { source: null, target: spanOf(targetWord), score: 0 }] },
    });
  }
  return hits;
}

export const entityMismatch: SegmentCheck = {
  id: "entity-mismatch",
  category: "accuracy_mistranslation",
  severity: "major",
  title: "A name replaced by a different entity",
  run({ source, target }, context) {
    const alignment = context.alignment();
    // Two names of one known entity ("RDC"/"DR Congo", "Moscou"/"Russia") are a rendering, whatever the pairing makes of them.
    // So is the French body's acronym for its name spelled out ("l'Autorité des marchés financiers"/"the AMF"), and two names
    // each followed by the same acronym ("la Cour des comptes polonaise, la NIK"/"Poland's Supreme Audit Office (NIK)").
    const isRendering = (hit: CheckHit) => hit.sourceSpan !== null && hit.targetSpan !== null && (isSameKnownEntity(source, target, hit.sourceSpan, hit.targetSpan) ||
      isInitialsOf(target.slice(hit.targetSpan.start, hit.targetSpan.end), source, hit.sourceSpan.start) || isExpansionAt(hit.sourceSpan, hit.targetSpan) ||
      isSameApposedAcronym(source, hit.sourceSpan.end, target, hit.targetSpan.end) || isInitialsGloss(hit.sourceSpan, hit.targetSpan));
    // "la Société canadienne d'hypothèques et de logement (SCHL)" → "Canada Mortgage and Housing Corporation (CMHC)": each side's
    // initials in parentheses gloss the name before them, when every word of the English name renders one of the French.
    // Not "The Constitutional Democratic Party (CDP)" for "Le Parti libéral-démocrate (PLD)": another party, other initials.
    const isInitialsGloss = (sourceSpan: { start: number; end: number }, targetSpan: { start: number; end: number }) => {
      const isGloss = parenthesisedInitialsStart(source, { text: source.slice(sourceSpan.start, sourceSpan.end), start: sourceSpan.start }, "source") !== null;
      const nameStart = isGloss ? parenthesisedInitialsStart(target, { text: target.slice(targetSpan.start, targetSpan.end), start: targetSpan.start }, "target") : null;
      if (nameStart === null) return false;
      const first = alignment.target.findIndex((word) => word.start >= nameStart);
      const last = alignment.target.findLastIndex((word) => word.end <= targetSpan.start);
      return first >= 0 && last >= first && unexplainedContent({ first, last }, alignment, "target") === 0;
    };
    // "Le CFCM" → "the French Council of the Muslim Faith": the English spells the acronym out.
    const isExpansionAt = (sourceSpan: { start: number; end: number }, targetSpan: { start: number; end: number }) => {
      const expansion = findAcronymExpansion(source.slice(sourceSpan.start, sourceSpan.end), alignment.target);
      return expansion !== null && alignment.target[expansion.first].start <= targetSpan.start && targetSpan.end <= alignment.target[expansion.last].end;
    };
    const nameHits = [...findEntityMismatches(source, target, alignment), ...findLinkedNameSwaps(source, alignment), ...findCompoundNameSwaps(alignment), ...findDemonymSwaps(source, target, alignment)];
    // A brand run together in camel case ("TotalEnergies") is a name to the word pairing too: reported once.
    const isNamed = (hit: CheckHit) => nameHits.some((other) => other.sourceSpan && hit.sourceSpan && other.sourceSpan.start < hit.sourceSpan.end && hit.sourceSpan.start < other.sourceSpan.end);
    // Both the acronym and the cross-style pairings start from the capitals neither side names.
    const capitals = findUnmatchedCapitals(source, target, alignment);
    const hits = [...nameHits, ...[...findAcronymSwaps(source, target, alignment, capitals), ...findCrossStyleSwaps(source, target, alignment, capitals), ...findOpeningNameSwaps(source, target, alignment), ...findCommonWordPlaceSwaps(source, target, alignment), ...findCommonWordNameSwaps(source, target, alignment)].filter((hit) => !isNamed(hit))]
      // "l'École polytechnique fédérale de Lausanne (EPFL)" → "Switzerland's EPFL": the acronym the English keeps renders the name spelt out before it.
      .filter((hit) => !isRendering(hit) && !(hit.sourceSpan && isInKeptAcronymExpansion(source, target, hit.sourceSpan)));
    const isFrenchWordAt = (index: number) => {
      const info = wordInfo(alignment.source[index].text, "source");
      return isFrenchWord(alignment.source[index].text, info.folded, info.stem);
    };
    // A name of several words told apart by a word the word-by-word pairing does not see ("Conseil constitutionnel"/"Council of State").
    const isReported = (span: { start: number; end: number }) => hits.some((hit) => hit.sourceSpan && hit.sourceSpan.start >= span.start && hit.sourceSpan.end <= span.end);
    const phraseHits = findNamePhraseMismatches(source, target, alignment, { isFrenchWord: isFrenchWordAt })
      // "Conseil italien" of "la présidente du Conseil italien" against "Italian Prime Minister": a known office's words are rendered as a whole.
      .filter((hit) => !isReported(hit.sourceSpan!) && !isRendering(hit) && !isInRenderedEntity(source, target, hit.sourceSpan!));
    // A known body's whole name against another's ("Haute Autorité de santé"/"World Health Organization"): reported once, where no word-level hit overlaps it.
    const overlaps = (span: { start: number; end: number }) => [...hits, ...phraseHits].some((hit) => hit.sourceSpan && hit.sourceSpan.start < span.end && span.start < hit.sourceSpan.end);
    // A currency is a closed class read on both sides whole: no name check sees "francs suisses" become "euros".
    const bodyHits = [...findKnownEntitySwaps(source, target, alignment), ...findUnlistedBodySwaps(source, target, alignment)].filter((hit) => !overlaps(hit.sourceSpan!));
    return [...hits, ...phraseHits, ...bodyHits, ...findCurrencySwaps(source, target)];
  },
};
