import type { Token } from "@/lib/text/text";

// Whether two capitalised words, one of each side, spell one name: two spellings of it (Soudan/Sudan),
// or one altered by a consonant (Mokhiber/Mokhiper).

/** A word of a text with its folded form (accents and case folded, elision and possessive removed). */
export type NameWord = Token & { folded: string };

/** Spelling conventions that differ between French and English transliterations (Tchad/Chad, Bachkirs/Bashkirs). */
const TRANSLITERATIONS: Array<[RegExp, string]> = [
  [/ou/g, "u"], [/ue/g, "u"], [/m(?=[bp])/g, "n"], [/tch/g, "ch"], [/sh/g, "ch"], [/dj/g, "j"], [/[kq]/g, "c"], [/ph/g, "f"], [/y/g, "i"], [/w/g, "v"], [/z/g, "s"], [/h/g, ""], [/(.)\1/g, "$1"], [/[aeious]+$/, ""],
];

const SKELETONS = new Map<string, string>();

function skeleton(word: string): string {
  let cached = SKELETONS.get(word);
  if (cached === undefined) {
    cached = TRANSLITERATIONS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), word);
    if (SKELETONS.size > 100_000) SKELETONS.clear();
    SKELETONS.set(word, cached);
  }
  return cached;
}

const CONSONANT_SKELETONS = new Map<string, string>();

function consonantSkeleton(text: string): string {
  let cached = CONSONANT_SKELETONS.get(text);
  if (cached === undefined) {
    cached = text.replace(/[aeiou]/g, "");
    if (CONSONANT_SKELETONS.size > 100_000) CONSONANT_SKELETONS.clear();
    CONSONANT_SKELETONS.set(text, cached);
  }
  return cached;
}

function consonants(text: string): Set<string> {
  return new Set(text.replace(/[kq]/g, "c").replace(/[aeiouy]/g, ""));
}

/** "Palestiniens"/"Palestinians", "Soudan"/"Sudan", "Yézidis"/"Yazidis": one name in two spellings. */
export function isCognate(a: NameWord, b: NameWord): boolean {
  if (a.folded === b.folded) return true;
  // A French "ç" is an English "z" or "s" (Açores/Azores, Curaçao/Curazao): folded to "c", it is read as its sound.
  for (const [word, other] of [[a, b], [b, a]]) {
    if (/ç/i.test(word.text) && word.text.length === word.folded.length) {
      const sounded = [...word.folded].map((char, index) => (/ç/i.test(word.text[index]) ? "s" : char)).join("");
      if (isCognate({ ...word, text: word.text.replace(/ç/gi, "s"), folded: sounded }, other)) return true;
    }
  }
  const [skeletonA, skeletonB] = [skeleton(a.folded), skeleton(b.folded)];
  if (skeletonA === skeletonB && skeletonA.length >= 3) return true;
  const [bareA, bareB] = [consonantSkeleton(skeletonA), consonantSkeleton(skeletonB)];
  if (bareA === bareB && bareA.length >= 3 && a.folded[0] === b.folded[0]) return true;
  let prefix = 0;
  while (prefix < a.folded.length && a.folded[prefix] === b.folded[prefix]) prefix += 1;
  if (prefix < 5 || prefix < 0.6 * Math.min(a.folded.length, b.folded.length)) return false;
  const [restA, restB] = [consonants(a.folded.slice(prefix)), consonants(b.folded.slice(prefix))];
  return [...restA].every((char) => restB.has(char)) || [...restB].every((char) => restA.has(char));
}

/** Consonant pairs that transliterations swap (Karabagh/Karabakh, Khadafi/Gaddafi): not an alteration. */
const TRANSLITERATED_PAIRS = new Set(["cg", "gc", "kg", "gk", "sz", "zs", "fv", "vf", "cs", "sc", "ck", "kc", "vw", "wv"]);

/** Spelt alike but for one consonant (Mokhiber/Mokhiper, Centrale/Centnal): a typo or a wrong name, not a transliteration. */
export function isAlteration(name: NameWord, word: NameWord): boolean {
  // Endings are inflection (Alliés/Allied, Ohlones/Ohlone), not part of the name.
  const [a, b] = [name.folded.replace(/(?:es|e|s)$/, ""), word.folded.replace(/(?:es|e|s)$/, "")];
  if (a.length !== b.length || a.length < 4) return false;
  const differences = [...a].flatMap((char, i) => (char === b[i] ? [] : [`${char}${b[i]}`]));
  // A French "ç" is an English "z" as often as an "s" (Luçon/Luzon, Curaçao/Curazao).
  const isCedilla = /^(?:cz|zc)$/.test(differences[0] ?? "") && /ç/i.test(name.text + word.text);
  return differences.length === 1 && /^[bcdfgjklmnpqrstvxz]{2}$/.test(differences[0]) && !TRANSLITERATED_PAIRS.has(differences[0]) && !isCedilla && skeleton(a) !== skeleton(b);
}
