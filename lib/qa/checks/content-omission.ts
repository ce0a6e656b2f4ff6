import { type ContentGap, findContentGaps, hasNoRoom, hasNothingBetween, hasNoRoomForPhrase, withoutNested } from "../gaps/content-gaps";
import { unexplainedContent } from "../names/unexplained-content";
import { DEFAULT_DOCUMENT_STATS, logRatio } from "../gaps/length-ratio";
import { compareNumbers } from "../numbers";
import { findUnalignedRuns } from "../gaps/unaligned-spans";
import { findDroppedQualifiers } from "../gaps/dropped-qualifiers";
import { findDroppedAdjuncts } from "../gaps/dropped-adjuncts";
import { findDroppedSetOffPhrases, findDroppedTimeSpans } from "../gaps/dropped-constituents";
import { findDroppedNames } from "./entity-mismatch";
import { findDroppedKnownBodies, isInRenderedEntity } from "../names/known-entities";
import { findCoordinatedName } from "../names/coordinated-names";
import { LIST_JOINERS } from "../closing-list-items";
import { foldText, isCapitalised, normaliseKey, type Span, spanOf } from "@/lib/text/text";
import { FRENCH_APPROXIMATE_NUMBER_NOUN } from "@/lib/text/number-words";
import { isSameName, isTransliteratedName } from "../names/name-similarity";
import type { CheckHit, SegmentCheck } from "../types";
import type { WordAlignment } from "@/lib/word-align/types";

/** French says more words than English for the same thing: an omission needs three content words. */
const MIN_OMITTED_CONTENT = 3;
/** How much shorter than the document's usual length ratio the target must be (log; e^-0.25 ≈ 0.78): a gap takes length with it. */
const MIN_SHORTFALL = 0.25;
/**
 * A whole clause left out ("Le ministre, [réuni avec ses homologues], a annoncé…"): all
 * the content between two punctuation marks unlinked needs only two content words and a smaller
 * shortfall (e^-0.1 ≈ 0.9).
 */
const MIN_OMITTED_PHRASE_CONTENT = 2;
const MIN_PHRASE_SHORTFALL = 0.1;
/** A list item needs only a target no longer than usual. */
const MIN_LIST_SHORTFALL = 0;
/**
 * A prepositional phrase left out ("Les rebelles ont attaqué [dans le nord du pays]"): two content
 * words none of which the target could render anywhere, one content word of slack in the room (the
 * phrase's neighbours may be rendered loosely), and a shortfall of e^-0.15 ≈ 0.86.
 */
const MIN_PREPOSITIONAL_SHORTFALL = 0.15;
const PREPOSITIONAL_SLACK = 1;
const NAME_SLACK = 1;

/**
 * A clause between punctuation marks inside the sentence (", déjà connu des services de police,"),
 * three content words none of which the target renders anywhere, and a clear shortfall: the room
 * may hold one content word, a neighbour's rendering the aligner left unlinked ("was taken into
 * custody" for "placé en garde à vue", "according to" for "d'après").
 */
const CLAUSE_SLACK = 1;
/**
 * A longer clause may have a gloss the English added beside it in its room (", hors dégâts causés par le cyclone Chido à Mayotte," against
 * "industry body France Assureurs"): a third of its content words of slack, since none of them has a rendering anywhere.
 */
const CLAUSE_SLACK_SHARE = 3;
/**
 * A clause ending the sentence after a comma, after which the English says nothing more, needs a smaller shortfall (e^-0.15 ≈ 0.86) when
 * none of its words has a rendering anywhere: a rendering condensed or moved up would keep some ("…, à un collectionneur asiatique qui
 * enchérissait par téléphone" against "sold for €14.5 million at Christie's in Paris on Wednesday evening").
 */
const MIN_TAIL_CLAUSE_SHORTFALL = 0.15;
function isOmittedClause(gap: ContentGap, shortfall: number | null, unexplained: () => number): boolean {
  const isBareTail = gap.isTail && gap.otherContentBetween === 0;
  return shortfall !== null && shortfall >= (isBareTail ? MIN_TAIL_CLAUSE_SHORTFALL : MIN_SHORTFALL) && gap.isWholeClause && gap.isAfterPunctuation &&
    (!gap.isTail || isBareTail) && gap.contentCount >= MIN_OMITTED_CONTENT && hasNoRoom(gap, Math.max(CLAUSE_SLACK, Math.floor(gap.contentCount / CLAUSE_SLACK_SHARE))) &&
    unexplained() >= gap.contentCount;
}

/**
 * Whether a run that is not a prepositional phrase cut from a longer one was left out: three
 * content words and a clear shortfall; a list item; a whole clause inside the sentence, or at its
 * end with a clear shortfall; or two content words none of which the target could render, between
 * anchors whose counterparts stand side by side.
 */
function isOmitted(gap: ContentGap, shortfall: number | null, unexplained: () => number, opensTailClause: () => boolean): boolean {
  if (isOmittedClause(gap, shortfall, unexplained)) return true;
  if (!hasNoRoom(gap)) return false;
  // A pair too short to measure may still drop a list item ("Merci, Stalrag et Ro'Arthian" → "My thanks and Ro'Arthian").
  if (gap.isListItem && (shortfall === null || shortfall >= MIN_LIST_SHORTFALL) && unexplained() >= 1) return true;
  if (shortfall === null) return false;
  // Most of its words rendered somewhere ("fixé par l'Union européenne" → "the EU's target") is a phrase recast, not dropped.
  if (shortfall >= MIN_SHORTFALL && gap.contentCount >= MIN_OMITTED_CONTENT) return unexplained() >= MIN_OMITTED_PHRASE_CONTENT;
  // A whole phrase set off by punctuation inside the sentence, with no room for it and none of its words rendered anywhere, needs only a target no longer than usual.
  const isUnrenderedPhrase = gap.isWholeClause && gap.isAfterPunctuation && !gap.isTail && shortfall >= 0 && gap.contentCount >= MIN_OMITTED_PHRASE_CONTENT &&
    unexplained() >= gap.contentCount;
  if (isUnrenderedPhrase) return true;
  if (shortfall < MIN_PHRASE_SHORTFALL || gap.contentCount < MIN_OMITTED_PHRASE_CONTENT) return false;
  // A tail that is a relative clause or a phrase of its own (", où la droite est majoritaire") needs the larger shortfall: ends of sentences are where renderings condense.
  const isPhrase = (gap.isWholePhrase && !gap.isTail) || (gap.isWholeClause && gap.isAfterPunctuation && gap.opensConstituent && shortfall >= MIN_SHORTFALL);
  // A comment or adverbial clause ending the sentence, after which the English says nothing more ("… died since January" for "… depuis
  // janvier faute de soins"): the rendering stopped short of it. A noun phrase there is more often moved up and condensed ("an unprecedented 413 billion").
  const isCutTail = gap.isTail && gap.otherContentBetween === 0 && opensTailClause();
  // A member joined by "et"/"ou" that ends the sentence, after which the English says nothing, in a target clearly shorter than usual,
  // none of its words rendered anywhere: "… des traces de nombreux trolls [et de créatures plus diaboliques encore]" → "… the spoor of many trolls".
  const isBareTail = gap.isTail && gap.isCoordinate && gap.otherContentBetween === 0;
  // A bare tail of three content words or more, none rendered anywhere, needs only the phrase's smaller shortfall (checked above).
  const isLongBareTail = isBareTail && gap.contentCount >= MIN_OMITTED_CONTENT && unexplained() >= gap.contentCount;
  if (isLongBareTail) return true;
  return (isPhrase || isCutTail || ((hasNothingBetween(gap) || isBareTail) && shortfall >= MIN_SHORTFALL)) &&
    unexplained() >= (isPhrase || isCutTail ? MIN_OMITTED_PHRASE_CONTENT : gap.contentCount);
}

/**
 * What opens a comment on the whole sentence ("ce que la défense conteste") or a reason, condition or contrast ("faute de soins",
 * "malgré la pluie"). A relative on a noun ("des esprits qui se laissent rarement dicter leurs actes") is often condensed into an adjective.
 */
const TAIL_CLAUSE_OPENER = new RegExp(String.raw`^(?:(?:ce (?:que|qui|dont)|malgré|sauf|même si|à condition|alors que|tandis que|bien que|à moins que)(?!\p{L})` +
  String.raw`|(?:ce qu|alors qu|tandis qu|bien qu|à moins qu)['’]|(?:faute|pour cause) d(?:e(?!\p{L})|['’])|(?:en raison|à cause|en dépit) d(?:[eu](?!\p{L})|es(?!\p{L})|['’]))`, "iu");

/** Units of measure after a figure: "six kilomètres", "trois tonnes", "dix mètres". */
const MEASURE_UNIT = /^\s+(?:kilom[eè]tres?|m[eè]tres?|centim[eè]tres?|kilos?|kilogrammes?|tonnes?|litres?|hectares?|degr[eé]s?|milles?)(?!\p{L})/iu;

/** A factor's verb before its figure: "multipliée par huit", "divisés par deux". */
const MULTIPLIED_BEFORE = /(?:multipli|divis)\p{L}*\s+par\s+$/iu;
/** English words that say a factor: "eightfold", "three times", "doubled", "quadrupled", "halved". */
const FACTOR_WORDS = /\b(?:\w+fold|times|doubl\w*|tripl\w*|quadrupl\w*|halv\w*|half)\b/i;

/** What opens a relative clause: "qui revendique la victoire", "dont le corps", "où il vit". */
const RELATIVE_OPENER = /^(?:qui|dont|où)$/i;

/** What opens a noun phrase after "et"/"ou": a determiner, a possessive, "de" and its forms, or a name ("et de Magenta", "et son directeur"); a verb opens a clause. */
const NOUN_PHRASE_OPENER = /^(?:\p{Lu}.*|l[ea]|les|l['’]|une?|des|du|de|d['’]|son|sa|ses|leurs?|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|ce|cet|cette|ces|plusieurs)$/u;

/** English prepositions that open a phrase of place or direction: "to the port city", "in the north". */
const PLACE_PREPOSITIONS = new Set("in at to into near from outside inside around across through throughout towards toward".split(" "));

/**
 * Whether the target holds a phrase of place of its own that no French word explains ("travelled [to
 * the port city]" for "à Brest"): it may render a name by description, wherever it stands.
 */
function hasUnexplainedPlacePhrase(target: string, alignment: WordAlignment): boolean {
  const linked = new Set(alignment.links.map((link) => link.target));
  return findUnalignedRuns(target, alignment.target, linked).some((run) => {
    // The preposition opens a noun phrase: "to stop driving" is no place.
    const opensNounPhrase = (index: number) => {
      const next = alignment.target[index + 1]?.text ?? "";
      return next !== "" && (isCapitalised(next) || /^(?:the|a|an|its|their|his|her|this|that|these|those)$/.test(next));
    };
    const at = alignment.target.findIndex((word, index) => index >= run.first && index < run.last && PLACE_PREPOSITIONS.has(word.text.toLowerCase()) && opensNounPhrase(index));
    if (at < 0) return false;
    const phrase = { first: at, last: run.last };
    return unexplainedContent(phrase, alignment, "target") === alignment.target.slice(at, run.last + 1).filter((word) => word.isContent).length;
  });
}

export const contentOmission: SegmentCheck = {
  id: "content-omission",
  category: "accuracy_omission",
  severity: "major",
  title: "Words of the source with no counterpart in the target",
  run(pair, context): CheckHit[] {
    const ratio = logRatio(pair);
    const shortfall = ratio === null ? null : (context.documentStats ?? DEFAULT_DOCUMENT_STATS).medianLogRatio - ratio;
    const alignment = context.alignment();
    const sourceGaps = findContentGaps(pair.source, pair.target, alignment, "source");
    // A target longer than usual leaves out nothing but a name (below): the alignment is still made, for entity-mismatch.
    const isLong = shortfall !== null && shortfall < MIN_LIST_SHORTFALL;
    // "Le maire [et son directeur de cabinet] ont été placés" → "The mayor was taken": a noun phrase joined by "et"/"ou", with no comma
    // before it (", et une armée de nains serait bienvenue" joins a clause), where the English joins fewer members anywhere.
    const joins = (side: "source" | "target") => alignment[side].filter((word) => LIST_JOINERS[side].has(word.text.toLowerCase())).length;
    const isDroppedMember = (gap: ContentGap) => gap.isBetweenAnchors && !gap.isAfterPunctuation && LIST_JOINERS.source.has(alignment.source[gap.first].text.toLowerCase()) &&
      NOUN_PHRASE_OPENER.test(alignment.source[gap.first + 1]?.text ?? "") && !gap.isOtherCoordinated && hasNoRoom(gap, NAME_SLACK) &&
      joins("target") < joins("source") && unexplainedContent(gap, alignment, "source") >= 1;
    const droppedNames = findDroppedNames(pair.source, pair.target, alignment);
    // A dropped name is reported below as the name, with the list it belonged to; one the English names in another spelling is no gap ("ou du Ouagadou" → "or Wagadou").
    const targetNames = alignment.target.filter((word) => /^\p{Lu}/u.test(word.text)).map((word) => foldText(word.text));
    const isNamedInTarget = (gap: ContentGap) => alignment.source.slice(gap.first, gap.last + 1).some((word) => /^\p{Lu}/u.test(word.text) &&
      targetNames.some((name) => isSameName(foldText(word.text), name) || isTransliteratedName(foldText(word.text), name)));
    const members = new Set(isLong ? [] : sourceGaps.filter((gap) => isDroppedMember(gap) && !isNamedInTarget(gap) && !droppedNames.some((index) => index >= gap.first && index <= gap.last)));
    // "par le chef de l'État" against "by President Mirziyoyev": a known body or office the English names in any of its forms is rendered whole.
    // Read last, on the few gaps that would be reported: every segment has gaps, few have one left out.
    const isRenderedEntity = (gap: ContentGap) => alignment.source.slice(gap.first, gap.last + 1).every((word) => !word.isContent || isInRenderedEntity(pair.source, pair.target, word));
    const gaps = isLong ? [] : withoutNested(sourceGaps.filter((gap) => members.has(gap) || (gap.isPrepositionalPhrase
      ? shortfall !== null && shortfall >= MIN_PREPOSITIONAL_SHORTFALL && gap.contentCount >= MIN_OMITTED_PHRASE_CONTENT && hasNoRoomForPhrase(gap, PREPOSITIONAL_SLACK) &&
        unexplainedContent(gap, alignment, "source") >= gap.contentCount
      : isOmitted(gap, shortfall, () => unexplainedContent(gap, alignment, "source"), () => TAIL_CLAUSE_OPENER.test(pair.source.slice(alignment.source[gap.first].start)))))
      .filter((gap) => !isRenderedEntity(gap)));
    // A figure and its noun ("dont 69 % d'étrangers"): a number the target has nowhere, in any form, is not rendered, whatever fills the room,
    // and whatever the target's length ("soit une hausse de 40 % en un an" left out of a rendering padded elsewhere).
    const numbers = compareNumbers(pair.source, pair.target);
    // A number of the target no source number matches stands in the missing one's place: a changed figure is number-mismatch's.
    // A figure in words counts before a unit of measure only ("dans un rayon de six kilomètres"): "deux" alone is as often "both" or "a couple".
    // A noun of an approximate number counts alone ("une quinzaine de communes"): it is never "both".
    // So does one that multiplies or divides ("multipliée par huit" → "eightfold"), unless the English says a factor its own way ("quadrupled").
    const saysFactor = FACTOR_WORDS.test(pair.target);
    const isFactor = (token: { start: number }) => MULTIPLIED_BEFORE.test(pair.source.slice(Math.max(0, token.start - 20), token.start));
    const isMeasured = (token: { start: number; end: number }) => MEASURE_UNIT.test(pair.source.slice(token.end)) || (!saysFactor && isFactor(token));
    const missingNumbers = numbers && numbers.unmatchedTarget.length === 0 ? numbers.unmatchedSource.filter((token) => !token.isWord || isMeasured(token) || FRENCH_APPROXIMATE_NUMBER_NOUN.test(foldText(token.text))) : [];
    const figures = sourceGaps.filter((gap) => !gap.isPrepositionalPhrase && gap.contentCount >= MIN_OMITTED_PHRASE_CONTENT &&
      missingNumbers.some((token) => token.start >= alignment.source[gap.first].start && token.end <= alignment.source[gap.last].end) &&
      unexplainedContent(gap, alignment, "source") >= MIN_OMITTED_PHRASE_CONTENT);
    // A relative clause ending the sentence (", qui revendique la victoire") none of whose words the English renders anywhere, after
    // which it says nothing more: a relative condensed into an adjective keeps a word of it, whatever the length.
    // One English word after it may be a verb of saying moved to the end ("…, qui évoquent une offre limitée" → "…, organisers said"), when the clause holds three content words.
    const relatives = sourceGaps.filter((gap) => gap.isTail && gap.isWholeClause && gap.isAfterPunctuation &&
      (gap.otherContentBetween === 0 || (gap.otherContentBetween === 1 && gap.contentCount >= MIN_OMITTED_CONTENT)) && gap.contentCount >= MIN_OMITTED_PHRASE_CONTENT && RELATIVE_OPENER.test(alignment.source[gap.first].text) && !gaps.includes(gap) &&
      unexplainedContent(gap, alignment, "source") >= gap.contentCount);
    const hits = withoutNested([...gaps, ...relatives, ...figures.filter((figure) => !gaps.includes(figure))]).map((gap): CheckHit => {
      const span = { start: alignment.source[gap.first].start, end: alignment.source[gap.last].end };
      const text = pair.source.slice(span.start, span.end);
      return {
        message: relatives.includes(gap)
          ? `“${text}” has no counterpart in the target: it is a relative clause ending the sentence, the English says nothing after the words before it but a word at most, and none of its words has a rendering anywhere in the English. It may have been left out.`
          : !gaps.includes(gap)
          ? `“${text}” has no counterpart in the target: its figure appears nowhere in the English, in any form, and its words have no rendering there. It may have been left out.`
          : gap.isPrepositionalPhrase
          ? `“${text}” has no counterpart in the target: none of its words has a rendering in the English, the English around it has no phrase left that could render it, and the target is shorter than usual. It may have been left out.`
          : gap.isListItem
            ? `“${text}” has no counterpart in the target: it is an item of a list whose English has no place for it between the items around it, and the target is no longer than usual. It may have been left out.`
          : gap.isTail && gap.isCoordinate && gap.otherContentBetween === 0
            ? `“${text}” has no counterpart in the target: it is joined by “et” or “ou” to the last words the English renders, the English says nothing after them, and the target is shorter than usual. It may have been left out.`
          : members.has(gap)
            ? `“${text}” has no counterpart in the target: it is joined to the words before it by “and” or “or”, the English joins fewer members anywhere, and has no place for it between its neighbours. It may have been left out.`
            : `“${text}” has no counterpart in the target: the words on either side of it are rendered with nothing between them, and the target is shorter than usual. It may have been left out.`,
        sourceSpan: span, targetSpan: null, key: normaliseKey(text),
        evidence: { links: [{ source: span, target: null, score: 0 }] },
      };
    });
    // A factor the English gives nowhere ("multipliée par huit" → "set to rise"): the claim's size is gone, whatever gap holds it.
    for (const token of missingNumbers.filter((candidate) => candidate.isWord && isFactor(candidate))) {
      const start = pair.source.slice(0, token.start).search(MULTIPLIED_BEFORE);
      const span = { start, end: token.end };
      if (hits.some((hit) => hit.sourceSpan!.start < span.end && span.start < hit.sourceSpan!.end)) continue;
      const text = pair.source.slice(span.start, span.end);
      hits.push({ message: `“${text}” has no counterpart in the target: its factor appears nowhere in the English, in any form. It may have been left out.`,
        sourceSpan: span, targetSpan: null, key: normaliseKey(text), evidence: { links: [{ source: span, target: null, score: 0 }] } });
    }
    // A name the target never names, in any spelling, with no other name in its place: "interpellé à Calais" → "arrested".
    const reported = (start: number) => hits.some((hit) => hit.sourceSpan!.start <= start && hit.sourceSpan!.end > start);
    for (const index of droppedNames.length > 0 && !hasUnexplainedPlacePhrase(pair.target, alignment) ? droppedNames : []) {
      const word = alignment.source[index];
      // Where the name's phrase stands, the target has room for one word at most (a preposition English counts as content: "against").
      if (reported(word.start) || isInRenderedEntity(pair.source, pair.target, word) || !sourceGaps.some((gap) => gap.first <= index && gap.last >= index && hasNoRoom(gap, NAME_SLACK))) continue;
      // "Kalenz et Landar" → "Kalenz": the reviewer sees the list the name was a member of.
      const partner = findCoordinatedName(pair.source, alignment.source, index, "source");
      const list = partner < 0 ? null : alignment.source.slice(Math.min(index, partner), Math.max(index, partner) + 1);
      const joined = list ? ` in “${pair.source.slice(list[0].start, list.at(-1)!.end)}”` : "";
      hits.push({
        message: `The source names “${word.text}”${joined}, but the target names it nowhere, in any spelling, and has no other name in its place. It may have been left out.`,
        sourceSpan: spanOf(word), targetSpan: null, key: normaliseKey(word.text),
        evidence: { links: [{ source: spanOf(word), target: null, score: 0 }] },
      });
    }
    // A span the checks below found, reported once: the words it covers are not reported again.
    const addSpan = (span: Span, describe: (text: string) => string) => {
      if (reported(span.start)) return;
      const text = pair.source.slice(span.start, span.end);
      hits.push({ message: describe(text), sourceSpan: span, targetSpan: null, key: normaliseKey(text), evidence: { links: [{ source: span, target: null, score: 0 }] } });
    };
    // A body the news names often ("la Cour des comptes"), named nowhere in the English, in any of its forms.
    for (const span of findDroppedKnownBodies(pair.source, pair.target, alignment)) {
      addSpan(span, (text) => `The source names “${text}”, but the target names it nowhere, in any of its English names, and has no other body in its place. It may have been left out.`);
    }
    // A qualifier ("provisoire", "au moins", "en partie") weighs alone: without it the English claims more, or less, than the French.
    for (const span of findDroppedQualifiers(pair.source, pair.target, alignment)) {
      addSpan(span, (text) => `“${text}” qualifies what the source says, but the target renders it nowhere, in any wording: without it the English says more, or less, than the French. It may have been left out.`);
    }
    // A reason, condition or contrast ("faute de médecins disponibles") the target words nowhere, in a target shorter than usual: a paraphrase keeps its length.
    for (const span of shortfall !== null && shortfall >= MIN_PHRASE_SHORTFALL ? findDroppedAdjuncts(pair.source, pair.target, alignment) : []) {
      addSpan(span, (text) => `“${text}” gives a reason, a condition or a contrast that the target states nowhere: the English has no word for the relation, and none for the words it joins. It may have been left out.`);
    }
    // A span of time ("pendant deux semaines", "chaque trimestre") none of whose words but a number the English renders anywhere.
    for (const span of findDroppedTimeSpans(pair.source, pair.target, alignment)) {
      addSpan(span, (text) => `“${text}” has no counterpart in the target: none of its words has a rendering anywhere in the English. It may have been left out.`);
    }
    // A phrase set off by commas none of whose words the English renders anywhere, in a target clearly shorter than usual, wherever the anchors fall.
    for (const span of shortfall !== null && shortfall >= MIN_SHORTFALL ? findDroppedSetOffPhrases(pair.source, alignment) : []) {
      addSpan(span, (text) => `“${text}” has no counterpart in the target: it is set off by commas, none of its words has a rendering anywhere in the English, and the target is shorter than usual. It may have been left out.`);
    }
    return hits;
  },
};
