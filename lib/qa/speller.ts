import dictionary from "dictionary-en";
import britishDictionary from "dictionary-en-gb";
import nspell from "nspell";

type Speller = ReturnType<typeof nspell>;

let speller: Speller | null = null;
let britishSpeller: Speller | null = null;

/** The en-US Hunspell speller, built on first use (≈150 ms) and kept for the process. */
export function getSpeller(): Speller {
  speller ??= nspell(dictionary);
  return speller;
}

/**
 * The en-GB one, built the first time a word is not American English: agencies publish British
 * English ("councillors", "practising", "maths", "four-storey"), which is as right as American.
 */
function getBritishSpeller(): Speller {
  britishSpeller ??= nspell(britishDictionary);
  return britishSpeller;
}

/** First parts of compounds that Hunspell lists only as words of their own, if at all ("ethno-nationalist"). */
const COMBINING_FORMS = /^(?:[a-z]+o|anti|non|self|post|pre|pro|semi|quasi|ultra|multi|inter|intra|mid|neo|co|re|sub|super|cross|well|ill|half|all|counter)$/;

export function isKnownCompound(word: string): boolean {
  const parts = word.split("-").filter(Boolean);
  if (parts.length < 2) return isKnownWord(word);
  return parts.every((part, index) => part.length < 2 || isKnownWord(part) || (index < parts.length - 1 && COMBINING_FORMS.test(part)));
}

/**
 * Common in edited English but missing from both dictionaries, including halves of Latin phrases, and
 * adjectives used as plural nouns ("the share of renewables"), which the grammar check would read as a French plural.
 */
const EXTRA_WORDS = new Set(("fledgeling foetus foetal capita facto jure franca lingua bona fide alia archeological absentia habeas corpus " +
  "renewables perishables consumables collectibles deliverables disposables intangibles receivables payables wearables deductibles").split(" "));
const SUFFIXES = /(?:izations?|isations?|ized|ised|izes|ises|ize|ise|isms?|ists?|ians?|ical|ic|ates?|lets?|ities|ity|ive|ous|hood|ships?|doms?)$/;
const PREFIXES = /^(?:multi|pre|post|anti|non|inter|trans|pan|proto|un|re|sub|semi|mono|poly|neo)/;

/** Whether Hunspell knows `word` exactly as written ("Paris" yes, "paris" no), answered once per word form. */
export function isSpelled(word: string): boolean {
  return memoised(spelledWords, word, (form) => getSpeller().correct(form));
}

/** Whether Hunspell knows the word capitalised only, as a name: "Russian", "Niger", "Paris", not "Opera" or "Italic". */
export function isCapitalisedOnly(word: string): boolean {
  return isSpelled(word[0].toUpperCase() + word.slice(1)) && !isSpelled(word.toLowerCase());
}

/** Answers per word form: a document asks about the same words again and again, and Hunspell's lookups with affixes are slow. */
const dictionaryWords = new Map<string, boolean>();
const knownWords = new Map<string, boolean>();
const spelledWords = new Map<string, boolean>();
const MEMO_LIMIT = 200_000;

function memoised(memo: Map<string, boolean>, word: string, compute: (word: string) => boolean): boolean {
  let answer = memo.get(word);
  if (answer === undefined) {
    answer = compute(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, answer);
  }
  return answer;
}

/** Whether the dictionaries list a lower-case word (in either spelling, or capitalised), with no derivation of isKnownWord's. */
export const isDictionaryWord = (word: string) => memoised(dictionaryWords, word, lookUp);

function lookUp(word: string): boolean {
  const capitalised = word[0].toUpperCase() + word.slice(1);
  const knows = (spell: Speller) => spell.correct(word) || spell.correct(capitalised);
  return EXTRA_WORDS.has(word) || knows(getSpeller()) || knows(getBritishSpeller());
}

/** Derived forms the dictionary lacks ("khanate", "vassalized", "uncontacted", "goldwork") built from words it has. */
function isDerivedWord(word: string): boolean {
  const stem = word.replace(SUFFIXES, "");
  if (stem !== word && stem.length >= 4 && (isDictionaryWord(stem) || isDictionaryWord(`${stem}e`))) return true;
  const unprefixed = word.replace(PREFIXES, "");
  if (unprefixed !== word && unprefixed.length >= 4 && isDictionaryWord(unprefixed)) return true;
  for (let cut = 3; cut <= word.length - 3; cut += 1) {
    if (isDictionaryWord(word.slice(0, cut)) && isDictionaryWord(word.slice(cut))) return true;
  }
  return false;
}

export function isKnownWord(word: string): boolean {
  return memoised(knownWords, word.toLowerCase(), (lower) => isDictionaryWord(lower) || isDerivedWord(lower));
}
