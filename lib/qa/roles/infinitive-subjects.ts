// The subject of an infinitive, read from the verb it complements: "a condamné la société à verser",
// "ordered the company to pay", "a été condamnée par le tribunal à verser", "was ordered to be paid by".
import type { AlignedWord } from "@/lib/word-align/types";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { FOLDED_DAYS } from "@/lib/text/calendar-words";
import { argumentAfter } from "./argument-after";
import { argumentBefore } from "./argument-before";
import type { Argument } from "./noun-phrases";
import { FRENCH_CLITICS, hasBoundary, MARKERS, words } from "./role-markers";
import { isVerb } from "./verb-reading";
import { isEnglishPassiveParticiple } from "./verb-shapes";

/** How far before the infinitive's marker the verb it complements may stand: "condamnée mercredi par le tribunal judiciaire de Paris à". */
const REACH = 9;
/** The markers of an English "-ing" complement whose subject is the verb's object: "accused the firm of selling", "prevented it from paying". */
const ENGLISH_GERUND_MARKERS = words("of for from");
/** Object pronouns, which may follow an English infinitive as its object: "to pay them". */
const ENGLISH_OBJECT_PRONOUNS = words("him her them it us me you");

/**
 * The marker before an infinitive ("à", "de", "to", "of" before "-ing"), or -1; `isPassive` when the
 * infinitive is passive ("to be paid"). French clitics may stand between ("de leur imposer").
 */
function infinitiveMarker(text: string, alignedWords: AlignedWord[], predicate: number, language: Language): { marker: number; isPassive: boolean } | null {
  const word = alignedWords[predicate].text;
  if (!/^\p{Ll}/u.test(word)) return null;
  if (language === "source") {
    if (!/(?:er|ir|re)$/.test(word)) return null;
    let k = predicate - 1;
    while (k > 0 && FRENCH_CLITICS.has(foldedAt(alignedWords, k, language)) && predicate - k <= 2) k -= 1;
    return /^(?:à|de|d['’])$/i.test(alignedWords[k]?.text ?? "") ? { marker: k, isPassive: false } : null;
  }
  const previous = foldedAt(alignedWords, predicate - 1, language);
  if (/ing$/.test(word) && ENGLISH_GERUND_MARKERS.has(previous)) return { marker: predicate - 1, isPassive: false };
  const isPassive = previous === "be" && isEnglishPassiveParticiple(word);
  const marker = isPassive ? predicate - 2 : predicate - 1;
  if (foldedAt(alignedWords, marker, language) !== "to") return null;
  // "took its partner to court": an English infinitive in the active is told from a noun by the object after it.
  const next = alignedWords[predicate + 1];
  const hasObject = next !== undefined && !hasBoundary(text, alignedWords[predicate].end, next.start) &&
    (/^[\d\p{Lu}]/u.test(next.text) || MARKERS.target.determiners.has(foldedAt(alignedWords, predicate + 1, language)) || ENGLISH_OBJECT_PRONOUNS.has(foldedAt(alignedWords, predicate + 1, language)) || /^[€$£]/.test(text.slice(alignedWords[predicate].end, next.start).trim()));
  return isPassive || hasObject ? { marker, isPassive } : null;
}

/**
 * The subject of an infinitive or an English "-ing" complement: the object of the verb it complements
 * ("a condamné la société à verser", "ordered the company to pay", "accused the firm of selling"), or,
 * when that verb is passive, its subject ("a été condamnée par le tribunal à verser", "was ordered to
 * pay"). It is the infinitive's agent, or the one acted upon when the infinitive is passive ("to be paid").
 */
export function infinitiveSubject(text: string, alignedWords: AlignedWord[], predicate: number, language: Language): Argument | null {
  const found = infinitiveMarker(text, alignedWords, predicate, language);
  if (found === null || found.marker < 1 || hasBoundary(text, alignedWords[found.marker - 1].end, alignedWords[found.marker].start)) return null;
  const controller = controllerBefore(text, alignedWords, found.marker, language);
  return controller === null ? null : { index: controller, slot: found.isPassive ? "patient" : "agent", marker: "" };
}

/** Who does what the infinitive after `marker` says: the complemented verb's object, else its subject. */
function controllerBefore(text: string, alignedWords: AlignedWord[], marker: number, language: Language): number | null {
  // Only a passive's: "the time has come to strike" makes no time strike, "the prince was sent to warn" has the prince warn.
  const subjectOf = (verb: number) => {
    const subject = verb >= 0 && isVerb(alignedWords, verb, language) ? argumentBefore(text, alignedWords, verb, language, true) : null;
    return subject !== null && subject.marker === "" && subject.slot === "patient" ? subject.index : null;
  };
  // "a été condamnée à verser", "has been ordered to pay".
  if (isVerb(alignedWords, marker - 1, language)) return subjectOf(marker - 1);
  for (let k = marker - 1; k > 0 && marker - k <= REACH; k -= 1) {
    if (hasBoundary(text, alignedWords[k].end, alignedWords[k + 1].start)) return null;
    // "a été condamnée mercredi par le tribunal à verser": the subject of the passive before its agent.
    if (MARKERS[language].agent.has(foldedAt(alignedWords, k, language))) {
      return subjectOf(FOLDED_DAYS.has(foldedAt(alignedWords, k - 1, language)) ? k - 2 : k - 1);
    }
    // "a condamné la société à verser", "ordered a former trader to pay": the object whose phrase runs up to the marker.
    const object = isVerb(alignedWords, k, language) ? argumentAfter(text, alignedWords, k, language) : null;
    if (object !== null && object.marker === "" && object.slot === "patient" && object.index < marker && isPhraseUpTo(alignedWords, object.index, marker, language)) return object.index;
  }
  return null;
}

/** Whether the words from a phrase's head to `end` (exclusive) are its own: content words, determiners and "de"/"of" complements. */
function isPhraseUpTo(alignedWords: AlignedWord[], head: number, end: number, language: Language): boolean {
  for (let k = head + 1; k < end; k += 1) {
    const folded = foldedAt(alignedWords, k, language);
    if (!alignedWords[k].isContent && !MARKERS[language].determiners.has(folded) && !MARKERS[language].genitive.has(folded)) return false;
  }
  return true;
}
