import type { AlignedWord, WordAlignment, WordLink } from "@/lib/word-align/types";
import { getLexicon, lexiconHas } from "@/lib/word-align/lexicon";
import { foldedAt, wordInfo, type Language } from "@/lib/word-align/words";
import { FOLDED_CALENDAR_NAMES } from "@/lib/text/calendar-words";
import { isSentenceInitial, normaliseKey } from "@/lib/text/text";
import { conversesOf } from "./converse-predicates";
import { isSummer, MARKERS, nameStart, setOffPhraseEnd, strongLinks, words } from "./role-markers";
import { FRENCH_PARTICIPLE, isSymmetric } from "./verb-shapes";
import { DETERMINERS, isName, isPresentParticiple, isVerb } from "./verb-reading";
import type { CheckHit } from "../types";

/**
 * "de"/"of"/"from": a participant after them is a noun's complement or a source ("a reçu la visite de",
 * "received a visit from"), which converse wordings move freely; "avec"/"with", "entre"/"between"
 * mark a partner, the same whichever side it stands on ("a signé avec Bruxelles" → "Brussels signed with").
 */
const COMPLEMENT_MARKERS: Record<Language, Set<string>> = { source: words("de d' du des avec entre"), target: words("of from 's with between") };
/** Words that make an "of" after them part of a preposition, not a noun's complement: "ahead of", "instead of". */
const PREPOSITIONS_IN_OF = words("ahead instead because out regardless irrespective");
/** Words that open another clause or a coordinated member: two participants across them belong to different predicates. */
const CLAUSE_OPENERS: Record<Language, Set<string>> = {
  source: words("qui que qu' dont ou et mais lorsque lorsqu' quand si car puis comme tandis selon"),
  target: words("who whom which that whose when where while if because and or but as according"),
};
/** How far apart two participants of one predicate may stand. */
const REACH = 20;



/**
 * A noun or a name by its own side's words: a capitalised word not opening the sentence, or a word
 * after a determiner, or after a determiner and one modifier. A capital opening the sentence says
 * nothing ("Suppliers", "Yesterday"), so such a word counts only when its counterpart is a participant.
 */
export function participantReading(text: string, alignedWords: AlignedWord[], index: number, language: Language): "yes" | "opening" | "no" {
  const word = alignedWords[index];
  if (/^\d/.test(word.text) || FOLDED_CALENDAR_NAMES.has(foldedAt(alignedWords, index, language))) return "no";
  if (isName(word)) return isSentenceInitial(text, word.start) ? "opening" : "yes";
  const previous = foldedAt(alignedWords, index - 1, language);
  if (DETERMINERS[language].has(previous)) return "yes";
  // Not a French participle there: it follows its noun as an adjective ("son éléphant naturalisé").
  const isAfterModifier = alignedWords[index - 1]?.isContent === true && !isName(alignedWords[index - 1]) && DETERMINERS[language].has(foldedAt(alignedWords, index - 2, language)) &&
    !(language === "source" && /(?:é|ée|és|ées)$/u.test(word.text.toLowerCase()));
  // "accuses unions", "sold buildings": an English bare plural right after its verb is its object.
  const isBareObject = language === "target" && /^\p{Ll}+[^s']s$/u.test(word.text) && index > 0 && isVerb(alignedWords, index - 1, language);
  // "EDF management", "the Lyon team": a noun after the name that qualifies it.
  const isAfterName = language === "target" && index > 0 && isName(alignedWords[index - 1]) && (index === 1 || DETERMINERS[language].has(foldedAt(alignedWords, index - 2, language))) && !isVerb(alignedWords, index, language);
  return isAfterModifier || isBareObject || isAfterName ? "yes" : "no";
}

/** Whether the gap before word `k` opens or closes brackets around one word alone: "(ANR)". */
function isBracketedWord(text: string, alignedWords: AlignedWord[], k: number): boolean {
  const gap = (index: number) => (index > 0 && index < alignedWords.length ? text.slice(alignedWords[index - 1].end, alignedWords[index].start).trim() : null);
  return (gap(k) === "(" && gap(k + 1) === ")") || (gap(k) === ")" && gap(k - 1) === "(");
}

/**
 * Whether the name ending at `index` is set off after the noun it names: "the outgoing mayor, Marc
 * Jaquier, finished ahead of", whose second comma closes the apposition, not the clause.
 */
function isNameInApposition(text: string, alignedWords: AlignedWord[], index: number): boolean {
  const first = nameStart(text, alignedWords, index);
  const noun = alignedWords[first - 1];
  return isName(alignedWords[index]) && noun !== undefined && noun.isContent && !/^\d/.test(noun.text) &&
    /^\s*,\s*$/.test(text.slice(noun.end, alignedWords[first].start));
}

type Between = { verbs: number[]; isPassive: boolean; isClause: boolean };

/** What stands between two participants of one side: how many verbs, whether a passive or an agent marker, whether a clause boundary. */
function readBetween(text: string, alignedWords: AlignedWord[], first: number, last: number, language: Language): Between {
  const between: Between = { verbs: [], isPassive: false, isClause: false };
  for (let k = first + 1; k <= last; k += 1) {
    // "Wang Chuqin, numéro un mondial, a été battu": a phrase set off by commas right after the first participant is no clause boundary;
    // not a place or a time set off ("Zimbabwe, depuis le 1er mars, a indiqué"): a preposition opening it may open an incise.
    const isApposition = (k === first + 1 || (k === first + 2 && isName(alignedWords[k - 1]))) && !MARKERS[language].prepositions.has(foldedAt(alignedWords, k, language));
    const setOffEnd = isApposition ? setOffPhraseEnd(text, alignedWords, k, language) : -1;
    if (setOffEnd > 0 && setOffEnd < last) k = setOffEnd;
    // Gaps between words only: "15,000" is one word, its comma no boundary; nor is an acronym in brackets, "the Agency (ANR) has".
    const gap = setOffEnd > 0 && setOffEnd < last ? "" : text.slice(alignedWords[k - 1].end, alignedWords[k].start);
    // "won the title, beating India", "a gagné, devançant Zalaty": a participle after a comma has the clause's subject.
    const isParticipleAfterComma = /^\s*,\s*$/.test(gap) && k < last && isPresentParticiple(foldedAt(alignedWords, k, language), language);
    // The comma that closes a name set off after its noun, after the first participant, or opens it, before the last.
    const isAppositionComma = /^\s*,\s*$/.test(gap) && ((k === first + 1 && isNameInApposition(text, alignedWords, first)) ||
      (isNameInApposition(text, alignedWords, last) && alignedWords.slice(k, last + 1).every(isName)));
    if (/[.;:!?,()«»"“”—–]/.test(gap) && !isBracketedWord(text, alignedWords, k) && !isParticipleAfterComma && !isAppositionComma) between.isClause = true;
    if (k === last) break;
    const folded = foldedAt(alignedWords, k, language);
    if (CLAUSE_OPENERS[language].has(folded) && !(isName(alignedWords[k - 1]) && isName(alignedWords[k + 1]))) between.isClause = true;
    // "a été", "s'est incliné", "s'en est pris": "été" is always a passive's; another form of "être" only before a content word and not after a reflexive.
    const isReflexive = /^(?:s'|se)$/.test(foldedAt(alignedWords, /^(?:en|y)$/.test(foldedAt(alignedWords, k - 1, language)) ? k - 2 : k - 1, language));
    // "is seeking": a form of "be" before an "-ing" is a progressive, not a passive.
    const isProgressive = language === "target" && /ing$/.test(foldedAt(alignedWords, k + 1, language));
    const isPassiveAuxiliary = (folded === "ete" && !isSummer(alignedWords[k])) || (MARKERS[language].passiveAuxiliaries.has(folded) && !isReflexive && !isProgressive && alignedWords[k + 1]?.isContent === true);
    // "A consortium [led by] Castelnau has bought Dignity": an agent after a participle that follows a noun is the noun's, not the verb's.
    const isParticipleAgent = language === "target" && /^\p{Ll}+(?:ed|en)$/u.test(alignedWords[k - 1]?.text ?? "") && alignedWords[k - 2]?.isContent === true &&
      !MARKERS[language].passiveAuxiliaries.has(foldedAt(alignedWords, k - 2, language));
    if ((MARKERS[language].agent.has(folded) && !isParticipleAgent) || isPassiveAuxiliary) between.isPassive = true;
    if (isVerb(alignedWords, k, language)) between.verbs.push(k);
  }
  return between;
}

/** Whether the participant at `index` is a complement of a noun or a source ("de la Chine", "from Japan"), past its determiners. */
function isComplement(alignedWords: AlignedWord[], index: number, language: Language, isOnePredicate: boolean): boolean {
  if (foldedAt(alignedWords, index - 1, language) === "'s") return true;
  for (let k = index - 1; k >= 0 && index - k <= 3; k -= 1) {
    const folded = foldedAt(alignedWords, k, language);
    // "du", "des" are markers here, not determiners: "la visite du ministre". Not the "of" of a preposition: "finished ahead of".
    if (COMPLEMENT_MARKERS[language].has(folded)) return !(folded === "of" && PREPOSITIONS_IN_OF.has(foldedAt(alignedWords, k - 1, language))) && !(isOnePredicate && isVerbSource(alignedWords, k, language));
    if (!DETERMINERS[language].has(folded) && !(alignedWords[k].isContent && !isVerb(alignedWords, k, language))) return false;
  }
  return false;
}

/**
 * Whether the marker at `k` opens the verb's source, not a noun's complement: "from" ("bought Fiat
 * from Exor"), or "de" right after the verb ("a obtenu de l'Arcep"). Read only when the verbs of both
 * sides are linked: a converse wording ("a accordé à" → "received from") moves its source faithfully.
 */
function isVerbSource(alignedWords: AlignedWord[], k: number, language: Language): boolean {
  const folded = foldedAt(alignedWords, k, language);
  if (language === "target") return folded === "from";
  return /^(?:de|d'|du|des)$/.test(folded) && k > 0 && isVerb(alignedWords, k - 1, language);
}

/**
 * Two participants that stand on either side of a verb in both languages, in the opposite order in
 * the target, with the same voice on both sides: "La Chine a ravi au Japon la place" → "Japan
 * overtook China", "Le Japon a accordé à l'Indonésie un prêt" → "Indonesia has lent Japan". Read for
 * any verb, linked or not: the clause's order is what says who acts. A voice turned between the sides
 * keeps the roles ("a été visé par" → "targeted"), and a participant marked as a noun's complement, a
 * source or a partner ("la visite de", "received from", "with"), one past another noun after the verb,
 * or crossed by an English converse or symmetric verb ("a racheté à" → "sold to", "met") may move
 * faithfully, so none of them is read.
 */
export function findCrossedParticipants(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const candidates = strongLinks(alignment).filter((link) => {
    const readings = [participantReading(source, alignment.source, link.source, "source"), participantReading(target, alignment.target, link.target, "target")];
    return readings.includes("yes") && !readings.includes("no");
  });
  const isCrossed = (a: WordLink, b: WordLink) => a.source < b.source && a.target > b.target && b.source - a.source <= REACH && a.target - b.target <= REACH;
  // Most pairs cross nothing: the order of the links says so before any word is read.
  if (!candidates.some((a) => candidates.some((b) => isCrossed(a, b)))) return [];
  // A word said twice on one side may be linked to the other occurrence: its place says something
  // only when both sides say it as often and the link joins the same occurrence ("rabbin" … "rabbin").
  // Only participants linked word for word alike count: "Namibie … le ministère namibien" → "Namibia … Namibia's ministry" says the country once as a participant.
  const keyOf = (link: WordLink) => `${foldedAt(alignment.source, link.source, "source")}|${foldedAt(alignment.target, link.target, "target")}`;
  const groups = new Map<string, { sources: Set<number>; targets: Set<number> }>();
  for (const link of candidates) {
    const group = groups.get(keyOf(link)) ?? { sources: new Set(), targets: new Set() };
    group.sources.add(link.source);
    group.targets.add(link.target);
    groups.set(keyOf(link), group);
  }
  // Each word's rank among its group's words, in its own sentence's order.
  const ranked = new Map([...groups].map(([key, group]) => [key, { sources: [...group.sources].sort((a, b) => a - b), targets: [...group.targets].sort((a, b) => a - b) }]));
  const participants = candidates.filter((link) => {
    const { sources, targets } = ranked.get(keyOf(link))!;
    return sources.length === targets.length && sources.indexOf(link.source) === targets.indexOf(link.target);
  });
  // Read in each sentence's order, so that the pair named is the two subjects: the French one
  // first, and the first the English crossed it with ("L'Inde a remporté … en battant la Nouvelle-Zélande" → "New Zealand won … beating India").
  const bySource = participants.toSorted((a, b) => a.source - b.source || a.target - b.target);
  const byTarget = participants.toSorted((a, b) => a.target - b.target || a.source - b.source);
  for (const a of bySource) {
    for (const b of byTarget) {
      if (!isCrossed(a, b) || foldedAt(alignment.source, a.source, "source") === foldedAt(alignment.source, b.source, "source")) continue;
      const crossed = readCrossing(source, target, alignment, a, b, participants);
      if (crossed) return [crossed];
    }
  }
  return [];
}

/**
 * Whether an English verb between the participants is the converse of what a French verb between
 * them means ("a racheté" → "sold"). Verbs the aligner linked to each other are one predicate, whatever the lexicon also allows.
 */
function isConverseRendering(alignment: WordAlignment, sourceVerbs: number[], targetVerbs: number[]): boolean {
  if (targetVerbs.some((verb) => isSymmetric(alignment.target[verb].text))) return true;
  if (alignment.links.some((link) => sourceVerbs.includes(link.source) && targetVerbs.includes(link.target))) return false;
  const { lexicon } = getLexicon();
  const converses = targetVerbs.flatMap((verb) => conversesOf(alignment.target[verb].text));
  return converses.length > 0 && sourceVerbs.some((verb) => {
    const french = wordInfo(alignment.source[verb].text, "source");
    return converses.some((stem) => lexiconHas(lexicon, french.folded, french.stem, stem));
  });
}

/**
 * Whether another participant stands between the last verb and the participant after it, outside that
 * participant's own phrase: "a racheté la filiale de Glencore" makes Glencore the filiale's, not the verb's.
 */
function isFarComplement(alignedWords: AlignedWord[], verbs: number[], after: number, others: number[], language: Language): boolean {
  const lastVerb = Math.max(...verbs);
  return !isDative(alignedWords, after, language) && others.some((other) => other > lastVerb && other < after - 3 && alignedWords[other].isContent);
}

/** "à Zelensky", "au PSG", "to the Senate": a dative is the verb's, wherever it stands after the object ("a remis la Légion d'honneur à"). */
function isDative(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  let k = index - 1;
  while (k >= 0 && index - k <= 2 && DETERMINERS[language].has(foldedAt(alignedWords, k, language))) k -= 1;
  const marker = alignedWords[k]?.text.toLowerCase();
  return language === "source" ? /^(?:à|au|aux)$/.test(marker ?? "") : marker === "to";
}

function readCrossing(source: string, target: string, alignment: WordAlignment, a: WordLink, b: WordLink, participants: WordLink[]): CheckHit | null {
  const sourceBetween = readBetween(source, alignment.source, a.source, b.source, "source");
  const targetBetween = readBetween(target, alignment.target, b.target, a.target, "target");
  // "Le Maroc exporte du phosphate" → "exports": a French present in "-e" is a verb when it is linked to the English verb between the participants.
  // Not a participle with no auxiliary, which qualifies a noun: "l'Empire Sen basé au Bengale".
  const isAfterNounMarker = (index: number) => [DETERMINERS.source, COMPLEMENT_MARKERS.source].some((set) => set.has(foldedAt(alignment.source, index - 1, "source")));
  const isPresent = (index: number) => !isAfterNounMarker(index) && !FRENCH_PARTICIPLE.test(alignment.source[index].text.toLowerCase());
  const linkedVerbs = alignment.links.filter((link) => link.score >= 0.7 && targetBetween.verbs.includes(link.target) && link.source > a.source && link.source < b.source && isPresent(link.source)).map((link) => link.source);
  sourceBetween.verbs = [...new Set([...sourceBetween.verbs, ...linkedVerbs])];
  if (sourceBetween.isClause || targetBetween.isClause || sourceBetween.verbs.length === 0 || targetBetween.verbs.length === 0) return null;
  if (sourceBetween.isPassive !== targetBetween.isPassive) return null;
  const isOnePredicate = alignment.links.some((link) => sourceBetween.verbs.includes(link.source) && targetBetween.verbs.includes(link.target));
  if (isComplement(alignment.source, b.source, "source", isOnePredicate) || isComplement(alignment.target, a.target, "target", isOnePredicate)) return null;
  if (isConverseRendering(alignment, sourceBetween.verbs, targetBetween.verbs)) return null;
  if (isFarComplement(alignment.source, sourceBetween.verbs, b.source, participants.map((link) => link.source), "source") ||
    isFarComplement(alignment.target, targetBetween.verbs, a.target, participants.map((link) => link.target), "target")) return null;
  const sourceSpan = { start: alignment.source[a.source].start, end: alignment.source[b.source].end };
  const targetSpan = { start: alignment.target[b.target].start, end: alignment.target[a.target].end };
  const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
  const word = (alignedWords: AlignedWord[], index: number) => ({ start: alignedWords[index].start, end: alignedWords[index].end });
  return {
    message: `The source “${sourceText}” has ${alignment.source[a.source].text} before the verb and ${alignment.source[b.source].text} after it; the target “${targetText}” has them the other way round, in the same voice: who acts on whom is turned round.`,
    sourceSpan, targetSpan, key: `crossed|${normaliseKey(targetText)}`,
    evidence: { links: [
      { source: word(alignment.source, a.source), target: word(alignment.target, a.target), score: 1 },
      { source: word(alignment.source, b.source), target: word(alignment.target, b.target), score: 1 },
    ] },
  };
}
