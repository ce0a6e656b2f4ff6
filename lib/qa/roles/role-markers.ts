// The words that mark a role or open a phrase on each side, and the word classes read from them.
import type { AlignedWord, WordAlignment, WordLink } from "@/lib/word-align/types";
import { englishVerbBase } from "@/lib/word-align/verb-forms";
import { foldedAt, type Language } from "@/lib/word-align/words";

type Markers = {
  agent: Set<string>; patient: Set<string>; genitive: Set<string>; determiners: Set<string>; auxiliaries: Set<string>;
  passiveAuxiliaries: Set<string>; prepositions: Set<string>; skippable: Set<string>;
};

export const words = (text: string) => new Set(text.split(" "));
/** Cardinals stand where a determiner does: "a libéré trois otages", "freed three hostages". */
const FRENCH_CARDINALS = "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante septante huitante octante nonante cent cents mille plusieurs";
const ENGLISH_CARDINALS = "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen twenty thirty forty fifty sixty hundred thousand several";
/** "vingt-six", "twenty-six": the hyphenated cardinals under a hundred. */
const compoundCardinals = (tens: string, units: string) => tens.split(" ").flatMap((ten) => units.split(" ").map((unit) => `${ten}-${unit}`)).join(" ");
const FRENCH_COMPOUND_CARDINALS = `dix-sept dix-huit dix-neuf quatre-vingt quatre-vingts ${compoundCardinals("vingt trente quarante cinquante soixante septante huitante nonante quatre-vingt", "deux trois quatre cinq six sept huit neuf dix")}`;
const ENGLISH_COMPOUND_CARDINALS = compoundCardinals("twenty thirty forty fifty sixty seventy eighty ninety", "two three four five six seven eight nine");
/** French clitics, which stand between a verb and its subject or an inverting word: "comme l'a dit le ministre", "la Bulgarie l'a emporté". */
export const FRENCH_CLITICS = words("l' le la les lui leur y en se s' ne n' me m' te t'");
/** Relative pronouns that stand for their antecedent as the subject of the verb after them. */
export const RELATIVE_SUBJECTS: Record<Language, Set<string>> = { source: words("qui"), target: words("who which") };

/** The third-person forms of "avoir" that stand before a participle: the active auxiliary ("a accordé", "eut signé"). */
export const FRENCH_AVOIR_AUXILIARIES = words("a ont avait avaient aura auront eut eurent");
/** The forms of "avoir" and "être" that stand before a participle: a verb of their own, unlike the clitics and adverbs among the auxiliaries. */
export const FRENCH_AUXILIARY_VERBS = new Set([...FRENCH_AVOIR_AUXILIARIES, ...words("est sont etait etaient sera seront fut ete")]);
/** "aller" and the modals a bare infinitive follows: "va emprunter", "doit payer", "peut refuser". */
export const FRENCH_INFINITIVE_OPENERS = words("va vont allait allaient doit doivent peut peuvent");

/** Each side's words that mark a role or open a phrase; crossed-participants reads the passive and agent markers from here too. */
export const MARKERS: Record<Language, Markers> = {
  source: {
    agent: words("par"), patient: words("contre envers"), genitive: words("de d' du des"),
    determiners: words(`le la les l' un une des du son sa ses leur leurs ce cet cette ces notre nos votre vos au aux ${FRENCH_CARDINALS} ${FRENCH_COMPOUND_CARDINALS}`),
    auxiliaries: new Set([...FRENCH_AUXILIARY_VERBS, ...words("ne n' pas se s' lui leur y en deja bien aussi")]),
    passiveAuxiliaries: words("ete est sont etait etaient sera seront fut"),
    prepositions: words("a au aux de d' du des en par pour sur sous avec sans dans entre vers chez contre selon depuis pendant apres avant envers"),
    skippable: words("ses sa son leur leurs"),
  },
  target: {
    agent: words("by"), patient: words("against on"), genitive: words("of 's"),
    determiners: words(`the a an its their his her this that these those our your ${ENGLISH_CARDINALS} ${ENGLISH_COMPOUND_CARDINALS}`),
    auxiliaries: words("has have had is are was were be been being will would did does do not n't also already"),
    passiveAuxiliaries: words("is are was were be been being"),
    prepositions: words("of to in on at by for with from into onto against about over under between through towards after before"),
    skippable: words("yourself itself themselves himself herself oneself ourselves"),
  },
};

/** Particles of English phrasal verbs, which may stand between a verb and its marked argument: "set up by", "taken over from". */
export const ENGLISH_PARTICLES = words("up out off down over back in");

/**
 * Whether the word at `index` is an auxiliary (or a word that stands among them). Folding makes the
 * preposition "à" the verb "a": "créatures à tentacules" has no auxiliary.
 */
export function isAuxiliaryAt(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  return MARKERS[language].auxiliaries.has(foldedAt(alignedWords, index, language)) && !(language === "source" && (isFrenchPrepositionA(alignedWords[index]) || isSummer(alignedWords[index])));
}

/** Whether the French word at `index` is a form of "avoir" or "être" before a participle ("a", "ont", "est"), not the preposition "à". */
export function isFrenchAuxiliaryVerbAt(alignedWords: AlignedWord[], index: number): boolean {
  return index < alignedWords.length && FRENCH_AUXILIARY_VERBS.has(foldedAt(alignedWords, index, "source")) && !isFrenchPrepositionA(alignedWords[index]) && !isSummer(alignedWords[index]);
}

const isFrenchPrepositionA = (word: AlignedWord) => /^à$/i.test(word.text);

/** The forms of "voir" that "se voir" takes before an infinitive. */
const VOIR_FORMS = words("vu vue vus vues voit voient verra verront voyait voyaient voir");
/**
 * Whether the French word at `index` is an infinitive after "se voir", a passive of receiving: "le musée s'est vu
 * prêter quarante œuvres par le haras" (was lent them), "la ville se verra attribuer" (will be awarded).
 */
export function isAfterSeVoir(alignedWords: AlignedWord[], index: number): boolean {
  return isSeVoirAt(alignedWords, index - 1);
}

/** Whether the French word at `index` is the "voir" of "se voir": "s'est vu", "se verra", "se sont vu". */
export function isSeVoirAt(alignedWords: AlignedWord[], index: number): boolean {
  if (!VOIR_FORMS.has(foldedAt(alignedWords, index, "source"))) return false;
  const isSe = (at: number) => /^(?:se|s')$/.test(foldedAt(alignedWords, at, "source"));
  return isSe(index - 1) || (isFrenchAuxiliaryVerbAt(alignedWords, index - 1) && isSe(index - 2));
}

/** "l'été", "cet été": the tokenizer reads "été" after a determiner as the summer, a content word, not the participle. */
export const isSummer = (word: AlignedWord | undefined) => word?.isContent === true && /^[eé]t[eé]$/i.test(word.text);
/** A French "à", "au" or "aux" as written, accent and all: folded, "à" would be "a" ("has"). */
export const isFrenchTo = (word: AlignedWord | undefined) => /^(?:à|au|aux)$/i.test(word?.text ?? "");

export function isNoun(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  const previous = foldedAt(alignedWords, index - 1, language);
  const word = alignedWords[index];
  if (isAfterRelativeThat(alignedWords, index, language)) return false;
  return MARKERS[language].determiners.has(previous) || MARKERS[language].genitive.has(previous) || PRENOMINAL_ADJECTIVES[language].has(previous) || (index > 0 && /^\p{Lu}/u.test(word.text));
}

/**
 * English adverbs of no "-ly" that stand before a verb, after its subject or its auxiliary: "an easing that nevertheless keeps",
 * "has already lent", "Russia again attacked".
 */
export const ENGLISH_MID_ADVERBS = words("also already again still just never always often recently now soon finally eventually later nevertheless nonetheless however");

/**
 * Adjectives that stand before their noun, never before a verb: "trois anciens dirigeants", "three former leaders". A French phrase's
 * head is the noun after them ("une légère détente", "un important incendie").
 */
export const PRENOMINAL_ADJECTIVES: Record<Language, Set<string>> = {
  // In news most often: "une légère hausse", "un nouvel accord", "la première victoire", "un important incendie".
  source: words("ancien ancienne anciens anciennes nouveau nouvel nouvelle nouveaux nouvelles jeune jeunes vieux vieil vieille vieilles futur future futurs futures ex " +
    "prochain prochaine prochains prochaines principaux grand grande grands grandes petit petite petits petites gros grosse grosses bon bonne bons bonnes " +
    "mauvais mauvaise mauvaises beau bel belle beaux belles premier premiere premiers premieres dernier derniere derniers dernieres deuxieme troisieme " +
    "second seconde seconds secondes long longue longs longues haut haute hauts hautes leger legere legers legeres lourd lourde lourds lourdes faible faibles " +
    "forte fortes large larges vaste vastes bref breve breves vrai vraie vrais vraies veritable veritables important importante importants importantes nette nettes"),
  target: words("former erstwhile would-be"),
};

/**
 * "the family that evicted", "a report that shows": after a noun, "that" before a verb form is the
 * verb's relative subject, not a determiner ("that report" has no verb after it).
 */
export function isAfterRelativeThat(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  if (language !== "target" || foldedAt(alignedWords, index - 1, language) !== "that" || index < 2) return false;
  const word = alignedWords[index].text.toLowerCase();
  // "a programme that funds the region": "that" qualifies no plural, so a form in -s with its own object after it is a present.
  const isPresent = /^\p{Ll}+[^s]s$/u.test(word) && (MARKERS.target.determiners.has(foldedAt(alignedWords, index + 1, language)) || /^\p{Lu}/u.test(alignedWords[index + 1]?.text ?? ""));
  const isVerbForm = /ed$/.test(word) || isPresent || englishVerbBase(word) !== undefined || MARKERS.target.auxiliaries.has(word);
  return isVerbForm && alignedWords[index - 2].isContent && isNoun(alignedWords, index - 2, language);
}

/** Whether punctuation between two words (text offsets) closes a clause or a phrase. */
export function hasBoundary(text: string, from: number, to: number): boolean {
  return /[.;:?!,()«»"“”—]/.test(text.slice(from, to));
}

/** How many words a phrase set off by commas between a subject and its verb may hold: ", dont le siège est à Luxembourg,". */
export const MAX_SET_OFF_WORDS = 12;

/**
 * The word after a phrase set off by commas that opens at word `k` (the comma is before it), when the
 * clause goes on there with its verb: "ArcelorMittal[, dont le siège est à Luxembourg,] a racheté",
 * "Wang Chuqin[, numéro un mondial,] a été battu". -1 when no such phrase opens at `k`.
 */
export function setOffPhraseEnd(text: string, alignedWords: AlignedWord[], k: number, language: Language): number {
  const end = commaPhraseEnd(text, alignedWords, k);
  return end >= 0 && (isAuxiliaryAt(alignedWords, end, language) || FRENCH_CLITICS.has(foldedAt(alignedWords, end, language))) ? end : -1;
}

/** The word after the comma that closes a phrase opening at word `k` after a comma, within MAX_SET_OFF_WORDS and no other mark; -1 when there is none. */
export function commaPhraseEnd(text: string, alignedWords: AlignedWord[], k: number): number {
  const isComma = (index: number) => /^\s*,\s*$/.test(text.slice(alignedWords[index - 1].end, alignedWords[index].start));
  if (k <= 0 || k >= alignedWords.length || !isComma(k)) return -1;
  for (let end = k + 1; end < alignedWords.length && end - k <= MAX_SET_OFF_WORDS; end += 1) {
    if (isComma(end)) return end;
    if (hasBoundary(text, alignedWords[end - 1].end, alignedWords[end].start)) return -1;
  }
  return -1;
}

/** The first word of a phrase set off by commas that ends right before word `end` (setOffPhraseEnd's), or -1. */
export function setOffPhraseStart(text: string, alignedWords: AlignedWord[], end: number, language: Language): number {
  for (let start = end - 1; start > 0 && end - start <= MAX_SET_OFF_WORDS; start -= 1) {
    if (setOffPhraseEnd(text, alignedWords, start, language) === end) return start;
  }
  return -1;
}

/** Subject pronouns. */
export const PRONOUN_SUBJECTS: Record<Language, Set<string>> = { source: words("il elle ils elles on nous vous je j'"), target: words("he she they we i you it") };

export const COORDINATORS: Record<Language, Set<string>> = { source: words("et ou"), target: words("and or") };

/**
 * Relative pronouns that stand for their antecedent as the object of the verb after them, or (French "auquel",
 * "auxquels", "auxquelles") as another participant who is not its subject: "auxquelles il facturait" bills them.
 */
export const RELATIVE_OBJECTS: Record<Language, Set<string>> = { source: words("que qu' qu auquel auxquels auxquelles"), target: words("that whom which") };

/**
 * Markers of the one something goes to or comes from: "versées aux agriculteurs", "paid to farmers", "aid for farmers";
 * "emprunté aux banques", "borrowed from the banks" ("à" says both); and of the one passed over, which
 * French also marks with "à": "préféré le F-35 au Rafale", "chose the F-35 over the Rafale".
 */
export const RECIPIENT_MARKERS = words("a au aux to from for over");
/** Prepositions of a place phrase a recipient may follow: "dans un champ gazier", "in a North Sea gas field". */
export const PLACE_MARKERS: Record<Language, Set<string>> = { source: words("dans en sur"), target: words("in on at") };

/** Links worth reasoning on: content words on both sides, confident. */
export function strongLinks(alignment: WordAlignment): WordLink[] {
  return alignment.links.filter((link) => link.score >= 0.7 && alignment.source[link.source].isContent && alignment.target[link.target].isContent);
}

/**
 * Whether a passive auxiliary ("été", "been") is the word at `index` or stands up to `reach` words before it: the verb is passive, or the
 * noun of a verbal phrase after one is ("a été assigné en justice", "has been taken to court").
 */
export function hasPassiveAuxiliaryWithin(alignedWords: AlignedWord[], index: number, language: Language, reach: number): boolean {
  for (let at = index; at >= Math.max(0, index - reach); at -= 1) if (MARKERS[language].passiveAuxiliaries.has(foldedAt(alignedWords, at, language))) return true;
  return false;
}

/** The first word of the name the capitalised word at `index` closes, on either side: "Nunavut Tunngavik Inc" for "Inc". */
export function nameStart(text: string, alignedWords: AlignedWord[], index: number): number {
  let start = index;
  while (start > 0 && /^\p{Lu}/u.test(alignedWords[start].text) && /^\p{Lu}/u.test(alignedWords[start - 1].text) && !hasBoundary(text, alignedWords[start - 1].end, alignedWords[start].start)) start -= 1;
  return start;
}

/** The last word of the name the capitalised word at `index` opens: "Greenpeace France" for "Greenpeace". */
export function nameEnd(text: string, alignedWords: AlignedWord[], index: number): number {
  let end = index;
  while (end + 1 < alignedWords.length && /^\p{Lu}/u.test(alignedWords[end].text) && /^\p{Lu}/u.test(alignedWords[end + 1].text) && !hasBoundary(text, alignedWords[end].end, alignedWords[end + 1].start)) end += 1;
  return end;
}

/** The whole name the capitalised word at `index` stands in, as the text writes it: "Paul Lefebvre" for "Paul", "Nunavut Tunngavik Inc" for "Inc". */
export function wholeNameAt(text: string, alignedWords: AlignedWord[], index: number): string {
  return text.slice(alignedWords[nameStart(text, alignedWords, index)].start, alignedWords[nameEnd(text, alignedWords, index)].end);
}
