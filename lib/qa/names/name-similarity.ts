/** French and English spellings of one sound, most specific first: Ouïghours/Uyghur, Khadafi/Gaddafi, Bretagne/Britain. */
const SPELLINGS: Array<[RegExp, string]> = [
  [/eau|au/g, "o"], [/ou/g, "u"], [/oi/g, "ua"], [/[ae]i/g, "e"], [/ph/g, "f"], [/sch|sh|ch/g, "s"], [/gn/g, "n"], [/m(?=[bp])/g, "n"],
  [/qu|ck|q/g, "k"], [/c(?=[eiy])/g, "s"], [/kh/g, "k"], [/gh/g, "g"], [/dh/g, "d"], [/th/g, "t"], [/h/g, ""], [/w/g, "u"], [/y/g, "i"],
];

/** Consonants heard alike across the two languages' transliterations: voiced and voiceless pairs. */
const CLASSES: Record<string, string> = { b: "p", p: "p", d: "t", t: "t", g: "k", k: "k", c: "k", x: "k", v: "f", f: "f", s: "s", z: "s", j: "s" };

/**
 * The consonant skeleton of a name as it sounds: accents folded, French and English spellings of
 * one sound merged, voiced and voiceless consonants merged, vowels and doubled letters dropped,
 * and the French silent endings (-e, -s, -es) removed. Khadafi and Gaddafi are both "ktf".
 */
export function soundSkeleton(folded: string): string {
  let skeleton = SOUND_SKELETONS.get(folded);
  if (skeleton === undefined) {
    skeleton = soundSkeletonUncached(folded);
    if (SOUND_SKELETONS.size >= 100_000) SOUND_SKELETONS.clear();
    SOUND_SKELETONS.set(folded, skeleton);
  }
  return skeleton;
}

/** Names are compared with every capitalised word of the other side, pair after pair: sixteen replacements each time otherwise. */
const SOUND_SKELETONS = new Map<string, string>();

/** A name's letters with French and English spellings of one sound merged: "khadafi" → "kadafi", "ouighours" → "uigur". */
function spelledSound(folded: string): string {
  let text = folded.toLowerCase().replace(/[^a-z]/g, "").replace(/(?:es|e|s)$/, "");
  for (const [pattern, replacement] of SPELLINGS) text = text.replace(pattern, replacement);
  return text;
}

/**
 * Whether two words of one consonant skeleton are also spelt close to one sound, vowels included:
 * "Gryphons"/"griffons" are, "Poutine"/"between" (both "ptn") are not.
 */
export function isSpeltLikeSound(a: string, b: string): boolean {
  const [left, right] = [spelledSound(a), spelledSound(b)];
  return editDistance(left, right) <= Math.max(1, Math.floor(Math.max(left.length, right.length) / 3));
}

function soundSkeletonUncached(folded: string): string {
  const text = spelledSound(folded);
  let skeleton = "";
  for (const char of text) {
    if ("aeiou".includes(char)) continue;
    const sound = CLASSES[char] ?? char;
    if (!skeleton.endsWith(sound)) skeleton += sound;
  }
  return skeleton;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) row.push(Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length];
}

/** The first sound of a name: a vowel as spelt ("Ouïghours"/"Uyghur" both "u"), a consonant by its class (Khadafi/Gaddafi both "k"). */
function firstSound(folded: string, isMuted = false): string {
  // The spellings drop every "h": an opening one is told before them.
  if (!isMuted && /^h[aeiouy]/.test(folded)) return "h";
  const first = spelledSound(folded)[0] ?? "";
  return CLASSES[first] ?? first;
}

/** Whether two names open on one sound, an "h" one of them drops aside (Hongrie/Hungary, Haïti/Haiti; not Haldric/Eldaric). */
function isSameOpening(a: string, b: string): boolean {
  return firstSound(a) === firstSound(b) || firstSound(a, true) === firstSound(b, true);
}

/** The first vowel of a name: "a" of "Saoudite" and "Saudi", "u" of "Dubai" against "a" of "Dhabi". */
const firstVowel = (folded: string) => /[aeiouy]/.exec(folded)?.[0] ?? "";

/**
 * Whether two folded names are one name transliterated two ways (Salmanazar/Shalmaneser,
 * Équateur/Ecuador, Micmacs/Mi'kmaq): they open on one sound, and their sound skeletons differ by at
 * most one consonant in three; skeletons of two consonants must be equal, of one say nothing. Short
 * skeletons (under six consonants) may differ only at the end, where transliterations add or drop a
 * sound (Biélorussie/Belarus, Pékin/Peking): one consonant changed inside a short name is another
 * name (Konrad/Garard, Haldric/Eldaric open on different vowels, Wesnoth/Chantal on different sounds).
 */
export function isTransliteration(a: string, b: string): boolean {
  const [left, right] = [soundSkeleton(a), soundSkeleton(b)];
  if (Math.min(left.length, right.length) < 2 || left[0] !== right[0] || !isSameOpening(a, b)) return false;
  // Two consonants alike say little ("Dubaï"/"Dhabi" are both "tp"): the first vowels must agree too, as written
  // ("Saoudite"/"Saudi") or as heard ("Ouïghours"/"Uyghur").
  if (left === right) return left.length >= 3 || firstVowel(a) === firstVowel(b) || firstVowel(spelledSound(a)) === firstVowel(spelledSound(b));
  const longest = Math.max(left.length, right.length);
  if (Math.min(left.length, right.length) < 3 || editDistance(left, right) > Math.max(1, Math.floor(longest / 3))) return false;
  return longest >= 6 || left.slice(0, -1) === right.slice(0, -1) || left.startsWith(right) || right.startsWith(left);
}

/** The endings of a people, a language or a follower made from a name: "-ese", "-ian", "-ais", "-ist", a dynasty's "-ides"…; a name's first part is its own ("Dal"/"Dalriada"). */
const DERIVED_ENDING = /(?:ese|ans?|ians?|iennes?|iens?|ais|aises?|ois|oises?|ish|is|ists?|isms?|ites?|ics?|iques?|ines?|ides?|ades?|i)$/;

/** Spelt alike (Mokhiber/Mokhiper, Ihiah/Iliah, Tchad/Chad, Slesvig/Schleswig): name-mismatch's business, or the same name. */
export function isSpeltAlike(a: string, b: string): boolean {
  // Two-letter words are alike only when equal: "Abez" is not "be".
  if (Math.min(a.length, b.length) < 3) return a === b;
  if (a.replace(/[aeiouy]/g, "") === b.replace(/[aeiouy]/g, "")) return true;
  // Renderings differ more in long names: a third of the letters may change.
  const allowed = Math.max(2, Math.floor(Math.max(a.length, b.length) / 3));
  // One opening with a derived ending ("Japon"/"Japanese", "Marseille"/"Marseillais"); two names of one opening
  // and unlike lengths are two names ("Marseille"/"Marc", "Santiago"/"San").
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  // Within the allowed difference of length the rest must be spelt alike too: "Biosciences" is not "Bioworks".
  if (a.slice(0, 3) === b.slice(0, 3) && (longer.startsWith(shorter) || DERIVED_ENDING.test(longer.slice(3)) ||
    (longer.length - shorter.length <= allowed && editDistance(a, b) <= allowed + 1))) return true;
  if (longer.length - shorter.length > allowed) return false;
  return editDistance(a, b) <= allowed;
}

/** Compound names match on any part: "Haut-Karabagh"/"Nagorno-Karabakh", "Slesvig-Holsace"/"Schleswig-Holstein". */
export function isSameName(a: string, b: string): boolean {
  if (isSpeltAlike(a, b)) return true;
  const [partsA, partsB] = [a.split("-"), b.split("-")];
  return (partsA.length > 1 || partsB.length > 1) && partsA.some((partA) => partA.length >= 4 && partsB.some((partB) => partB.length >= 4 && isSpeltAlike(partA, partB)));
}

/** Compound names match on any part: "Grande-Bretagne"/"Britain". */
export function isTransliteratedName(a: string, b: string): boolean {
  // A compound one side hyphenates and the other runs together: "Oulan-Bator"/"Ulaanbaatar".
  if (a.includes("-") !== b.includes("-") && isTransliteration(a.replace(/-/g, ""), b.replace(/-/g, ""))) return true;
  return a.split("-").some((partA) => b.split("-").some((partB) => isTransliteration(partA, partB)));
}
