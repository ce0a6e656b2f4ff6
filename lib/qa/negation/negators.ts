import type { AlignedWord } from "@/lib/word-align/types";
import { FRENCH_ETRE } from "@/lib/word-align/verb-forms";
import { foldedAt, wordInfo } from "@/lib/word-align/words";

/** A negating expression: its words' indexes (first, last), its negative word (folded: "pas", "personne", "never") and the word it negates, when known. */
export type Negator = { first: number; last: number; scope: number | null; word: string };

const FRENCH_PARTICLES = new Set(["pas", "point", "jamais", "plus", "rien", "aucun", "aucune", "aucunement", "personne", "guere", "nullement", "ni"]);
const FRENCH_SUBJECTS = new Set(["personne", "rien", "aucun", "aucune", "nul", "nulle", "ni", "jamais"]);
/** Subject pronouns that may sit between a negative subject and "ne": "jamais il ne". */
const FRENCH_SUBJECT_PRONOUNS = new Set(["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"]);
/** Literary negation without "pas": "je ne puis", "il ne sait", "nous ne pouvons", "elle n'ose". */
const FRENCH_BARE_NE_VERBS = /^(?:puis|peux|peut|pouvons|pouvez|peuvent|pouvait|pouvaient|pourrait|pourraient|puisse|sais|sait|savons|savez|savent|savait|saurait|sache|ose|osent|osait|cesse|cessait)$/;
/** The expletive "ne" follows fear and "avant que": "j'ai peur qu'il ne vienne" is not negative. */
const EXPLETIVE_TRIGGERS = /^(?:peur|crains|craint|craignait|avant|moins|plus|pire|mieux|autre|autrement)$/;
/** Whether a word of fear, "avant", "moins", a comparative… stands just before the "ne" at `index`, which may then be expletive. */
const isExpletiveNe = (words: AlignedWord[], index: number) => [index - 2, index - 3, index - 4].some((k) => EXPLETIVE_TRIGGERS.test(foldedAt(words, k, "source")));
/** "plus tôt", "plus tard": "plus" compares a time. */
const COMPARED_TIMES = /^(?:tot|tard)$/;
// "jamais" alone is as often "ever" ("plus que jamais", "si jamais") as "never".
const FRENCH_ALONE = new Set(["aucun", "aucune", "aucunement", "guere", "nullement", "ni", "pas"]);
/** Nouns in "non-" that name a thing of their own, which English says without a negation: a "non-lieu" is a case dismissed. */
const FRENCH_NON_TERMS = /^non-lieux?$/;
/**
 * "sans doute" is "probably", "sans cesse" "constantly", "sans vie" "dead", "sans quoi" "otherwise", "classée sans suite" "dropped",
 * "non seulement" "not only", "à jamais" "for ever", "ou non" "or not", a bare "pas mal (de)" "quite (a lot of)".
 */
const FRENCH_IDIOMS = /^(?:sans (?:doute|cesse|vie|quoi|encombre|suite)|non (?:seulement|plus)|a jamais|que jamais|si jamais|jamais plus que|ou non|que non|pas mal)$/;
/** Three-word idioms: "sans aucun doute" (certainly), "pas plus de"/"pas moins que" (at most, as many as); "mais pas plus !" stays a negation. */
const FRENCH_IDIOMS_3 = /^(?:sans aucun doute|pas (?:moins|plus) (?:de|d'|que|qu'))$/;
/** Forms of "tarder" (folded): "ne … pas tarder à" says "soon". */
const FRENCH_TARDER = /^tard(?:e|es|ent|er|ons|ez|ait|aient|a|era|eront|erait|eraient)$/;

/** "les pas", "ses pas", "le pas": the noun "step", not the negation. */
const FRENCH_DETERMINERS = new Set(["le", "les", "l'", "un", "des", "du", "au", "aux", "ses", "son", "mes", "mon", "tes", "ton", "nos", "vos", "leurs", "leur", "ce", "ces", "chaque", "quelques", "premiers", "premier", "faux"]);
// "hardly", "barely", "scarcely" weaken rather than reverse: they answer "à peine" and "ne … guère" (see ENGLISH_IMPLICIT).
const ENGLISH_NEGATORS = new Set(["not", "never", "no", "none", "nobody", "no-one", "nothing", "nowhere", "neither", "nor", "without", "cannot"]);
/** Scots auxiliaries with the negative "-na": "dinna", "canna", "wouldna’", "havena’". */
const SCOTS_NEGATIVE = /^(?:(?:din|can|did|does|is|was|were|are|have|has|had|could|would|should|will|must)na['’]?|nae)$/;
const ENGLISH_IDIOMS = /^(?:not only|no doubt|no sooner|or no|or not|no matter|nothing but|none other|not least)$/;
const ENGLISH_AUXILIARIES = /^(?:do|does|did|is|are|was|were|am|have|has|had|can|could|will|would|shall|should|may|might|must)$/;
/** "no more than" and "no less than" say "only" and "as much as", as "ne … que" does; "not to mention" says "and also". */
const ENGLISH_IDIOMS_3 = /^(?:no (?:more|less|fewer|later|sooner) than|not to (?:mention|speak))$/;

/** The first content word after `index`, within three words: what a negator negates. */
function nextContent(words: AlignedWord[], index: number): number | null {
  for (let k = index + 1; k < Math.min(words.length, index + 4); k += 1) if (words[k].isContent) return k;
  return null;
}

/** "Non, …", "No!", "No— No—", "… or no.": a no that answers, followed by punctuation or nothing, negates no word of the sentence. */
function isAnswer(text: string, words: AlignedWord[], index: number): boolean {
  const next = words[index + 1];
  return next === undefined || /[,.!;:…—–]/.test(text.slice(words[index].end, next.start));
}

/** Whether a clause boundary (. ; : ? ! or a comma) lies between two words. Narrower than isClauseBoundaryBefore on purpose: a negation reaches across dashes, brackets and quotes ("n'avait — jusqu'alors — jamais", "n'a « jamais »"). */
export function isBoundary(text: string, from: AlignedWord, to: AlignedWord): boolean {
  return /[.;:?!,]/.test(text.slice(from.end, to.start));
}

/** Superlatives and their kin make "jamais" mean "ever": "le plus bas jamais enregistré", "le seul … qui ait jamais". */
const FRENCH_SUPERLATIVES = /^(?:plus|moins|meilleure?s?|pire|pires|moindres?|premiere?s?|derniere?s?|seule?s?|unique)$/;

/**
 * "jamais" without "ne" negates by itself in participles and elliptic phrases ("un niveau jamais
 * atteint", "du jamais vu", "plus jamais ça"), but means "ever" after a superlative and in clauses
 * another negation already governs ("personne pourra jamais dire").
 */
function isBareJamais(text: string, words: AlignedWord[], index: number): boolean {
  for (let k = index - 1; k >= 0 && !isBoundary(text, words[k], words[k + 1]); k -= 1) {
    const before = foldedAt(words, k, "source");
    if (FRENCH_SUPERLATIVES.test(before) && !(before === "plus" && k === index - 1)) return false;
    if (before === "ne" || before === "n'" || before === "sans" || FRENCH_SUBJECTS.has(before)) return false;
  }
  for (let k = index + 1; k < words.length && !isBoundary(text, words[k - 1], words[k]); k += 1) {
    const after = foldedAt(words, k, "source");
    if (after === "ne" || after === "n'") return false;
  }
  return true;
}

/**
 * A clause-initial "jamais" before a noun subject and its "ne": "Jamais les elfes ne vous ont fait de
 * mal". A sentence-initial one reaches its "ne" across the phrases set between commas: "Jamais depuis
 * 1973 le parti, formation populiste, n'avait remporté autant de sièges".
 */
function frontedJamais(text: string, words: AlignedWord[], ne: number): number | undefined {
  let isAside = false;
  for (let k = ne - 1; k >= 0; k -= 1) {
    const word = foldedAt(words, k, "source");
    if (word === "jamais") return k === 0 || isSentenceStart(text, words[k - 1], words[k]) || (!isAside && k >= ne - 5 && isBoundary(text, words[k - 1], words[k])) ? k : undefined;
    if (word === "ne" || word === "n'" || isSentenceStart(text, words[k], words[k + 1])) return undefined;
    if (isBoundary(text, words[k], words[k + 1])) isAside = true;
  }
  return undefined;
}

/** Whether a sentence ends between two words. */
const isSentenceStart = (text: string, from: AlignedWord, to: AlignedWord) => /[.;:?!]/.test(text.slice(from.end, to.start));

/** Whether "ne … pas" (at `ne`, `pas`) is a litotes, an affirmative: "n'en sont pas moins puissants" (are powerful all the same), "ne devrait pas tarder à réagir" (should soon react). */
function isLitotes(words: AlignedWord[], ne: number, pas: number): boolean {
  if (foldedAt(words, pas, "source") !== "pas") return false;
  if (foldedAt(words, pas + 1, "source") === "moins" || isWonderingWhether(words, ne)) return true;
  // "ne devrait pas tarder à", "ne tarderont pas à": the "à" follows whichever of the verb and "pas" comes last.
  const tarder = [pas - 1, pas + 1, pas + 2].find((k) => k > ne && FRENCH_TARDER.test(foldedAt(words, k, "source")));
  return tarder !== undefined && foldedAt(words, Math.max(tarder, pas) + 1, "source") === "a";
}

/** Forms of "demander" (folded), in "se demander si". */
const FRENCH_DEMANDER = /^demand(?:e|es|ent|er|ons|ez|ait|ais|aient|a|ai)$/;

/**
 * "Je me demande si le livre n'est pas derrière tout ceci": after "se demander si", "ne … pas" voices a suspicion that it is
 * ("I wonder if the book is behind this"), as English may say with or without "not".
 */
function isWonderingWhether(words: AlignedWord[], ne: number): boolean {
  for (let k = ne - 1; k >= 1 && ne - k <= 8; k -= 1) {
    const word = foldedAt(words, k, "source");
    if ((word === "si" || word === "s'") && FRENCH_DEMANDER.test(foldedAt(words, k - 1, "source"))) return true;
  }
  return false;
}

/** "ne peut qu'empirer", "ne sait que dire": a "que" right after the verb makes "ne" restrictive (only), not negative. */
function isRestrictive(words: AlignedWord[], index: number): boolean {
  return /^qu/.test(foldedAt(words, index, "source"));
}

/** How far past the infinitive a restrictive "que" may stand: "ne peut puiser chaque année dans le fonds que l'équivalent de 3 %". */
const FAR_QUE_REACH = 10;

/**
 * Whether a "que" past the infinitive at `verb` and its complements, in the same clause, makes the
 * bare "ne" restrictive ("ne peut puiser chaque année dans le fonds que 3 %": only). A "que" right
 * after the infinitive opens its object clause ("ne peut dire que…", cannot say that): not that one.
 */
function hasFarQue(text: string, words: AlignedWord[], verb: number): boolean {
  if (!/(?:er|ir|re)$/.test(foldedAt(words, verb, "source"))) return false;
  for (let k = verb + 2; k < Math.min(words.length, verb + FAR_QUE_REACH); k += 1) {
    if (isBoundary(text, words[k - 1], words[k])) return false;
    if (isRestrictive(words, k)) return true;
  }
  return false;
}

/**
 * French negations: ne … pas/jamais/plus/rien/aucun/personne/guère/point, "personne/rien/nul ne",
 * sans, non, ni, aucun, jamais. "ne … que" (only) and the expletive "ne" ("avant qu'il ne parte")
 * are not negations.
 */
export function findSourceNegators(text: string, words: AlignedWord[]): Negator[] {
  const negators: Negator[] = [];
  const used = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i += 1) {
    const word = foldedAt(words, i, "source");
    if (word !== "ne" && word !== "n'") continue;
    used[i] = 1;
    let particle = -1;
    // An aside between commas may separate "ne" from its particle: "il n'avait, jusqu'alors, jamais cédé".
    let commas = 0;
    for (let k = i + 1; k < Math.min(words.length, i + 9); k += 1) {
      const gap = text.slice(words[k - 1].end, words[k].start);
      if (isBoundary(text, words[k - 1], words[k]) && (!/^\s*,\s*$/.test(gap) || (commas += 1) > 2)) break;
      if (k - i > 6 && commas === 0) break;
      const next = foldedAt(words, k, "source");
      if (next === "que" || next === "qu'") break;
      if (FRENCH_PARTICLES.has(next)) {
        // "n'a plus que deux": only, not a negation.
        const after = foldedAt(words, k + 1, "source");
        if (next === "plus" && (after === "que" || after === "qu'")) break;
        // "à moins qu'il ne parte plus tôt": after a trigger of the expletive "ne", "plus tôt" is a comparative.
        if (next === "plus" && COMPARED_TIMES.test(after) && isExpletiveNe(words, i)) break;
        // "n'est rien de plus qu'un roi", "rien d'autre que": only.
        if (next === "rien" && /^(?:de plus|d' ?autre) qu/.test([1, 2, 3].map((offset) => foldedAt(words, k + offset, "source").replace(/’/g, "'")).join(" "))) break;
        if (commas !== 1) particle = k;
        break;
      }
    }
    // "personne ne", "rien n'", "jamais il ne"; never across "que" ("plus que je ne le mérite" is expletive).
    const before = FRENCH_SUBJECT_PRONOUNS.has(foldedAt(words, i - 1, "source")) ? i - 2 : i - 1;
    // "rien de grave n'", "personne d'autre ne": the negative subject and its complement.
    const complemented = /^(?:de|d')$/.test(foldedAt(words, i - 2, "source").replace(/’/g, "'")) && /^(?:rien|personne)$/.test(foldedAt(words, i - 3, "source")) ? i - 3 : undefined;
    const subject = before >= 0 && FRENCH_SUBJECTS.has(foldedAt(words, before, "source")) ? before : complemented ?? frontedJamais(text, words, i);
    // "n'est-ce pas" asks for agreement; it negates nothing.
    if (particle >= 0 && foldedAt(words, i + 2, "source") === "ce" && foldedAt(words, particle - 1, "source") === "ce") continue;
    if (particle >= 0 && isLitotes(words, i, particle)) {
      used[particle] = 1;
      used[particle + 1] = 1;
      continue;
    }
    if (particle >= 0) {
      used[particle] = 1;
      // "ce ne sera pas sans danger", "n'est pas sans rappeler": a copula's two negations cancel; "ne réussira pas sans aide" keeps one.
      const isCopula = words.slice(i + 1, particle).some((_, offset) => FRENCH_ETRE.test(foldedAt(words, i + 1 + offset, "source")));
      if (isCopula && foldedAt(words, particle + 1, "source") === "sans") {
        used[particle + 1] = 1;
        continue;
      }
      const inside = words.slice(i + 1, particle).findIndex((candidate) => candidate.isContent);
      negators.push({ first: i, last: particle, scope: inside >= 0 ? i + 1 + inside : nextContent(words, particle), word: foldedAt(words, particle, "source") });
    } else if (FRENCH_BARE_NE_VERBS.test(foldedAt(words, i + 1, "source")) && !isRestrictive(words, i + 2) && !hasFarQue(text, words, i + 2) && !isExpletiveNe(words, i)) {
      negators.push({ first: i, last: i + 1, scope: i + 1, word: "ne" });
    } else if (subject !== undefined) {
      used[subject] = 1;
      negators.push({ first: subject, last: i, scope: nextContent(words, i), word: foldedAt(words, subject, "source") });
    }
  }
  for (let i = 0; i < words.length; i += 1) {
    if (used[i]) continue;
    const word = foldedAt(words, i, "source");
    // Only these words negate; the idioms below only keep some of them from it.
    if (!(FRENCH_ALONE.has(word) || word === "sans" || word === "non" || word.startsWith("non-") || word === "nulle" || word === "jamais") || FRENCH_NON_TERMS.test(word)) continue;
    const pair = `${word} ${foldedAt(words, i + 1, "source")}`;
    const before = `${foldedAt(words, i - 1, "source")} ${word}`;
    if (FRENCH_IDIOMS.test(pair) || FRENCH_IDIOMS.test(before)) continue;
    if (FRENCH_IDIOMS_3.test(`${pair} ${foldedAt(words, i + 2, "source").replace(/’/g, "'")}`)) {
      used[i + 1] = 1;
      continue;
    }
    if (word === "pas" && FRENCH_DETERMINERS.has(foldedAt(words, i - 1, "source"))) continue;
    // "sans qu'aucun incident ne soit signalé" negates once, as "sans aucun incident" does.
    if (/^(?:que|qu')$/.test(foldedAt(words, i - 1, "source").replace(/’/g, "'")) && foldedAt(words, i - 2, "source") === "sans") continue;
    // "Non, …" answers; it negates no word of the sentence.
    if (word === "non" && isAnswer(text, words, i)) continue;
    // "non sans peine": not without, a positive.
    if (word === "non" && foldedAt(words, i + 1, "source") === "sans") {
      used[i + 1] = 1;
      continue;
    }
    // "ni X ni Y" negates once: a "ni" after another negation continues it.
    if (word === "ni" && negators.length > 0) continue;
    if (FRENCH_ALONE.has(word) || word === "sans" || word === "non" || word.startsWith("non-") || (word === "nulle" && foldedAt(words, i + 1, "source") === "part") || (word === "jamais" && isBareJamais(text, words, i))) {
      negators.push({ first: i, last: i, scope: nextContent(words, i), word });
      if (word === "sans" || word === "ni") used[i + 1] = 1;
    }
  }
  return negators;
}

/** Whether an English negator is the "no" of "no longer": "is no longer below", "will no longer fund". */
export function isNoLonger(words: AlignedWord[], negator: Negator): boolean {
  return negator.word === "no" && foldedAt(words, negator.first + 1, "target") === "longer";
}

/** English negations: not, n't, never, no, none, nobody, nothing, nowhere, neither, nor, without, hardly. */
export function findTargetNegators(text: string, words: AlignedWord[]): Negator[] {
  const negators: Negator[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = foldedAt(words, i, "target");
    // Only these words negate; the idioms below only keep some of them from it.
    if (!(word.endsWith("n't") || word === "cannot" || ENGLISH_NEGATORS.has(word) || SCOTS_NEGATIVE.test(word))) continue;
    // "arena" is the Scots "are not" only after its subject ("they arena"); elsewhere it is a stadium.
    if (/^arena['’]?$/.test(word) && !/^(?:we|ye|you|they|there)$/.test(foldedAt(words, i - 1, "target"))) continue;
    const next = foldedAt(words, i + 1, "target");
    if (ENGLISH_IDIOMS.test(`${word} ${next}`) || ENGLISH_IDIOMS.test(`${foldedAt(words, i - 1, "target")} ${word}`)) continue;
    if (ENGLISH_IDIOMS_3.test(`${word} ${next} ${foldedAt(words, i + 2, "target")}`)) continue;
    if (word === "no" && words[i].text === "No" && /^\.\s*\d/.test(text.slice(words[i].end))) continue;
    // "No, …" and "Nope" answer; they negate no word of the sentence.
    if (word === "no" && isAnswer(text, words, i)) continue;
    // "neither … nor", "not … nor" negate once; "nor do I understand" opens a clause of its own.
    if (word === "nor" && negators.length > 0 && !(ENGLISH_AUXILIARIES.test(next) && words[i + 2] !== undefined && !words[i + 2].isContent)) continue;
    // "…, but not before they fled" says "and before that"; "it is not long before", "not long after" say "soon".
    if (word === "not" && next === "before" && foldedAt(words, i - 1, "target") === "but") continue;
    if ((word === "not" || word.endsWith("n't")) && next === "long" && /^(?:before|after|until|till)$/.test(foldedAt(words, i + 2, "target"))) continue;
    const isNoOne = word === "no" && next === "one";
    negators.push({ first: i, last: isNoOne ? i + 1 : i, scope: nextContent(words, isNoOne ? i + 1 : i), word: isNoOne || word === "no-one" ? "no one" : word.endsWith("n't") ? "not" : word });
  }
  return negators;
}

/** Words that make "personne" the noun ("une personne", "en personne") and "rien" the noun ("un rien"). */
const FRENCH_NOUN_MARKERS = new Set(["un", "une", "la", "le", "des", "les", "cette", "ce", "chaque", "toute", "quelle", "seule", "meme", "autre", "en", "petit"]);

/**
 * Whether the French has "rien", "personne" or "nul" as a pronoun with no "ne" ("pour rien",
 * "Personne.", "nul doute"): negative words whose negation English may say with "nothing", "no one".
 */
export function hasBareNegativePronoun(words: AlignedWord[], negators: Negator[]): boolean {
  return words.some((word, index) => {
    const form = foldedAt(words, index, "source");
    if (form !== "rien" && form !== "personne" && form !== "nul" && form !== "nulle") return false;
    if (negators.some((negator) => index >= negator.first && index <= negator.last)) return false;
    const after = foldedAt(words, index + 1, "source");
    return !FRENCH_NOUN_MARKERS.has(foldedAt(words, index - 1, "source")) && after !== "que" && after !== "qu'" && !(form !== "rien" && /^\d/.test(after));
  });
}

/** Whether the French has a "ne" that is not read as a negation (expletive, "ne … que", literary): its polarity is uncertain. */
export function hasOtherNe(words: AlignedWord[], negators: Negator[]): boolean {
  return words.some((word, index) => {
    const form = wordInfo(word.text, "source").folded.replace(/’/g, "'");
    return (form === "ne" || form === "n'") && !negators.some((negator) => index >= negator.first && index <= negator.last);
  });
}

/** English words that negate the word up to three after them: "not", "refused to", "failed to", "unable to"… */
const ENGLISH_NEGATING = /^(?:not|never|no|hardly|barely|without|cannot|.*n't|refus\w*|fail\w*|declin\w*|unable|yet)$/;
/** French words that negate the word up to three after them: "ne", "pas", "sans", "guère"… */
const FRENCH_NEGATING = /^(?:ne|n'|pas|jamais|plus|sans|non|guere|peu)$/;

/**
 * Whether a negation governs the word at `index`: one of `negators` covers it (or stands two words
 * before it), a negating word stands within three words before it, or, in English, "not"/"against"
 * follows it ("decided not to broadcast", "decided against it").
 */
export function isNegatedAt(words: AlignedWord[], index: number, language: "source" | "target", negators: Negator[]): boolean {
  if (negators.some((negator) => index >= negator.first && index <= Math.max(negator.last, negator.scope ?? negator.last) + 2)) return true;
  const negating = language === "source" ? FRENCH_NEGATING : ENGLISH_NEGATING;
  // "plus tard", "plus tôt": "plus" right before a time compares it.
  const isComparedTime = (offset: number) => offset === 1 && language === "source" && COMPARED_TIMES.test(foldedAt(words, index, language));
  if ([1, 2, 3].some((offset) => negating.test(foldedAt(words, index - offset, language)) && !isComparedTime(offset))) return true;
  return language === "target" && /^(?:not|never|against)$/.test(foldedAt(words, index + 1, "target"));
}
