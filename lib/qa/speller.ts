import dictionary from "dictionary-en";
import nspell from "nspell";

type Speller = ReturnType<typeof nspell>;

let speller: Speller | null = null;

/** The en-US Hunspell speller, built on first use (≈150 ms) and kept for the process. */
export function getSpeller(): Speller {
  speller ??= nspell(dictionary);
  return speller;
}

/** British spellings map to American ones that the en-US dictionary knows. */
const BRITISH_TO_AMERICAN: Array<[RegExp, string]> = [
  [/our(s|ed|ing|ful|ite|ites|able)?$/, "or$1"],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1"],
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/tre(s)?$/, "ter$1"],
  [/ogue(s)?$/, "og$1"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
  [/ence(s)?$/, "ense$1"],
  [/mme(s)?$/, "m$1"],
  [/ae/, "e"],
  [/oe/, "e"],
  [/l(ment|ments)$/, "ll$1"],
  [/gement$/, "gment"],
  [/(fil|stil|rol|thral)(s|ment|ments)?$/, "$1l$2"],
];

/** First parts of compounds that Hunspell lists only as words of their own, if at all ("ethno-nationalist"). */
const COMBINING_FORMS = /^(?:[a-z]+o|anti|non|self|post|pre|pro|semi|quasi|ultra|multi|inter|intra|mid|neo|co|re|sub|super|cross|well|ill|half|all|counter)$/;

export function isKnownCompound(word: string): boolean {
  const parts = word.split("-").filter(Boolean);
  if (parts.length < 2) return isKnownWord(word);
  return parts.every((part, index) => part.length < 2 || isKnownWord(part) || (index < parts.length - 1 && COMBINING_FORMS.test(part)));
}

/** Common in edited English but missing from the en-US dictionary, including halves of Latin phrases. */
const EXTRA_WORDS = new Set("amongst whilst onwards worshipped worshipping travelled travelling labelled modelled cancelled sizeable fledgeling capita facto jure franca lingua versa quo hoc bona fide alia vice circa tsar tsars khan khans archaeological archeological".split(" "));
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

const isDictionaryWord = (word: string) => memoised(dictionaryWords, word, lookUp);

function lookUp(word: string): boolean {
  const spell = getSpeller();
  if (EXTRA_WORDS.has(word) || spell.correct(word) || spell.correct(word[0].toUpperCase() + word.slice(1))) return true;
  return BRITISH_TO_AMERICAN.some(([pattern, replacement]) => pattern.test(word) && spell.correct(word.replace(pattern, replacement)));
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
