import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { getLexicon, getShippedLexicon } from "@/lib/word-align/lexicon";
import { foldedAt, wordInfo, type Language } from "@/lib/word-align/words";
import { normaliseKey } from "@/lib/text/text";
import { argumentsOf } from "./argument-roles";
import { conversesOf, isTransferVerb } from "./converse-predicates";
import { englishSubjectOf, frenchVerbRenders, isConverse } from "./converse-renderings";
import { MARKERS } from "./role-markers";
import { phraseOf } from "./voice-swaps";
import type { CheckHit } from "../types";

/** How far past its verb an English "from" may stand: "acquired a Klimt painting, looted in 1938, from the heirs". */
const FROM_REACH = 14;
/** Words that open another clause, whose "from" is another verb's. */
const ENGLISH_CLAUSE_OPENERS = new Set("who whom which that whose when where while if because and or but as according".split(" "));

/**
 * "La Chine a accordé au Pakistan un prêt" → "China has borrowed from Pakistan", "Le musée a restitué
 * aux ayants droit un tableau" → "The museum acquired a painting from the heirs": the subject is kept,
 * but what the French sends to someone ("à") the English takes from them ("from"). Read when the
 * English verb is a transfer's converse, which says the way things go (not a contest's: "a ravi au
 * Japon le titre" → "won the title from Japan"), and is not a rendering of the French
 * verb: a verb whose "à" says the source ("a acheté au Pakistan" → "bought from Pakistan", "a
 * emprunté aux banques" → "borrowed from the banks") is rendered by the English verb itself.
 */
export function findTurnedTransfers(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const linked = alignment.links.filter((link) => link.score >= 0.5 && alignment.source[link.source].isContent && alignment.target[link.target].isContent);
  const linksInto = (sourceWords: number[], targetWords: number[]) => linked.some((link) => sourceWords.includes(link.source) && targetWords.includes(link.target));
  let frenchClauses: { verb: number; subject: number[]; dative: number[] }[] | null = null;
  for (let verb = 1; verb < alignment.target.length; verb += 1) {
    const converses = alignment.target[verb].isContent && isTransferVerb(alignment.target[verb].text) ? conversesOf(alignment.target[verb].text) : [];
    if (converses.length === 0) continue;
    const subject = englishSubjectOf(target, alignment.target, verb);
    const from = subject === null ? null : fromAfter(target, alignment.target, verb);
    if (subject === null || from === null) continue;
    frenchClauses ??= frenchDativeClauses(source, alignment.source);
    const [subjectWords, fromWords] = [phraseOf(target, alignment.target, subject, verb), participantWords(target, alignment.target, from, verb, "target")];
    for (const clause of frenchClauses) {
      if (!linksInto(clause.subject, subjectWords) || !linksInto(clause.dative, fromWords) || linksInto(clause.subject, fromWords) || linksInto(clause.dative, subjectWords)) continue;
      if (linked.some((link) => link.source === clause.verb && link.target === verb) || !isTurned(alignment.source[clause.verb].text, alignment.target[verb].text, converses)) continue;
      const sourceSpan = { start: alignment.source[clause.subject[0]].start, end: alignment.source[clause.dative[clause.dative.length - 1]].end };
      const targetSpan = { start: alignment.target[subjectWords[0]].start, end: alignment.target[fromWords[fromWords.length - 1]].end };
      const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
      const recipient = source.slice(alignment.source[clause.dative[0]].start, alignment.source[clause.dative[clause.dative.length - 1]].end);
      return [{
        message: `The source “${sourceText}” has “${alignment.source[clause.verb].text}” go to ${recipient}, but the target “${targetText}” has “${alignment.target[verb].text}” come from them: who gives and who receives is turned round.`,
        sourceSpan, targetSpan, key: `turned-transfer|${normaliseKey(targetText)}`,
        evidence: { links: [{ source: sourceSpan, target: targetSpan, score: 1 }] },
      }];
    }
  }
  return [];
}

/** The French verbs with a subject before them and an "à" complement after them, each as phrases. */
function frenchDativeClauses(source: string, alignedWords: AlignedWord[]): { verb: number; subject: number[]; dative: number[] }[] {
  const clauses: { verb: number; subject: number[]; dative: number[] }[] = [];
  for (let verb = 1; verb < alignedWords.length; verb += 1) {
    if (!alignedWords[verb].isContent || /^\p{Lu}/u.test(alignedWords[verb].text)) continue;
    const found = argumentsOf(source, alignedWords, verb, "source", true);
    const subject = found.find((argument) => argument.index < verb && argument.marker === "" && argument.slot === "agent");
    // "succède à", "résiste à": an "à" that marks the object is no recipient.
    const dative = found.find((argument) => argument.index > verb && argument.slot === "oblique" && /^(?:a|au|aux)$/.test(argument.marker));
    if (subject && dative) clauses.push({ verb, subject: phraseOf(source, alignedWords, subject.index, verb), dative: participantWords(source, alignedWords, dative.index, verb, "source") });
  }
  return clauses;
}

/** The head after the first "from" past an English verb, within its clause; commas may set off a participle on the way. */
function fromAfter(target: string, alignedWords: AlignedWord[], verb: number): number | null {
  for (let k = verb + 1; k < alignedWords.length && k <= verb + FROM_REACH; k += 1) {
    if (/[.;:!?()«»"“”—–]/.test(target.slice(alignedWords[k - 1].end, alignedWords[k].start))) return null;
    const folded = foldedAt(alignedWords, k, "target");
    if (ENGLISH_CLAUSE_OPENERS.has(folded)) return null;
    if (folded !== "from") continue;
    let head = k + 1;
    while (head < alignedWords.length && MARKERS.target.determiners.has(foldedAt(alignedWords, head, "target"))) head += 1;
    return alignedWords[head]?.isContent && !/ing$/.test(alignedWords[head].text) ? head : null;
  }
  return null;
}

/** A participant's phrase and the phrase of its "de"/"of" complement: "aux ayants droit d'une collectionneuse", "from the heirs of a collector". */
function participantWords(text: string, alignedWords: AlignedWord[], head: number, verb: number, language: Language): number[] {
  const phrase = phraseOf(text, alignedWords, head, verb);
  let k = phrase[phrase.length - 1] + 1;
  if (!MARKERS[language].genitive.has(foldedAt(alignedWords, k, language))) return phrase;
  k += 1;
  while (k < alignedWords.length && MARKERS[language].determiners.has(foldedAt(alignedWords, k, language))) k += 1;
  return alignedWords[k]?.isContent ? [...phrase, ...phraseOf(text, alignedWords, k, verb).filter((index) => index > phrase[phrase.length - 1])] : phrase;
}

/** Whether the English verb says the French verb's converse, or a verb the lexicon never gives for it. */
function isTurned(french: string, english: string, converses: string[]): boolean {
  if (isConverse(french, english, converses)) return true;
  const renders = frenchVerbRenders(french);
  const own = wordInfo(english, "target");
  return ![getLexicon().lexicon, getShippedLexicon()].some((lexicon) => renders(lexicon, own.baseStem) || renders(lexicon, own.stem));
}
