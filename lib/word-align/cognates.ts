import type { WordInfo } from "./words";

/**
 * French endings and their usual English counterparts: nation/nation, société/society, politique/politic(al),
 * contrôleur/controller, profondément/profoundly, récemment/recently, modifier/modify, contribuer/contribute,
 * établir/establish. A word may take several rules ("-iques" is "-ic" and "-ical"); each gives a candidate.
 */
const SUFFIX_RULES: Array<[RegExp, string[]]> = [
  [/ites?$/, ["ity"]], [/iques?$/, ["ic", "ical", "ics"]], [/euses?$|eux$/, ["ous"]], [/aires?$/, ["ary"]], [/oires?$/, ["ory"]], [/ismes?$/, ["ism"]],
  [/istes?$/, ["ist"]], [/elles?$|els?$/, ["al"]], [/ives?$|ifs?$/, ["ive"]], [/eurs?$|rices?$/, ["or", "er"]], [/ies?$/, ["y"]],
  [/iens?$|iennes?$/, ["ian"]], [/ains?$|aines?$/, ["an"]], [/ees?$|es$/, ["ed"]], [/ment$/, ["ment"]], [/ants?$|antes?$/, ["ant"]],
  [/er$/, ["e"]], [/re$/, ["er"]], [/que$/, ["c", "k"]], [/s$/, [""]],
  // Rules that only add candidates (the first rule above that applies gives the word's main spelling).
  [/aux$/, ["al"]], [/tes?$/, ["ty"]], [/e$/, ["ed"]], [/amment$/, ["antly"]], [/emment$/, ["ently"]], [/ement$/, ["ly"]],
  [/iser$/, ["ise", "ize"]], [/ier$/, ["y"]], [/uer$/, ["ute"]], [/ir$/, ["ish"]],
];

/**
 * English spellings a folded French word may take: its main one first (the first rule that applies, or the
 * word itself), then the others ("controleurs" → controlors, controleurs, controlers).
 */
function anglicise(folded: string): string[] {
  const forms: string[] = [];
  for (const [pattern, replacements] of SUFFIX_RULES) {
    if (pattern.test(folded)) for (const replacement of replacements) forms.push(folded.replace(pattern, replacement));
  }
  return forms.length === 0 ? [folded] : [forms[0], folded, ...forms.slice(1)];
}

const ANGLICISED = new Map<string, string[]>();

function anglicised(folded: string): string[] {
  let value = ANGLICISED.get(folded);
  if (value === undefined) {
    value = anglicise(folded);
    if (ANGLICISED.size > 100_000) ANGLICISED.clear();
    ANGLICISED.set(folded, value);
  }
  return value;
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}

/** Whether two words are within `limit` edits (insert, delete, substitute) of each other. */
function isWithinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[b.length] <= limit;
}

/**
 * How much a French word and an English word look like one word (0–1): identical, same stem,
 * the same after French→English suffix rules (-ité/-ity, -ique/-ic, -eux/-ous), sharing most of
 * a long prefix, or, for a French word the lexicon does not list (`isUnlisted`), one spelling away after
 * those rules (organisateur/organizer): a listed word is known to mean something else where its renderings
 * are missing ("actuellement" is "currently", not "actually"). Gouvernement/government shares "gov" only,
 * so it is the lexicon's job.
 */
export function cognateScore(source: WordInfo, target: WordInfo, isUnlisted = false): number {
  const [a, b] = [source.folded, target.folded];
  if (a === b) return a.length >= 2 ? 1 : 0;
  if (source.isFunction || target.isFunction || source.isNumber || target.isNumber) return 0;
  // A short English root the French builds a word on with a suffix the English spelling keeps: laxiste/lax ("laxist").
  if (isUnlisted && b.length === 3 && a.startsWith(b) && /^istes?$/.test(a.slice(3))) return 0.7;
  if (a.length < 4 || b.length < 4) return 0;
  const sameInitial = a.charCodeAt(0) === b.charCodeAt(0);
  if (!sameInitial && !(isUnlisted && a.startsWith("e") && b.startsWith("s"))) return 0;
  if (sameInitial && source.stem === target.stem && source.stem.length >= 4) return 0.9;
  let best = 0;
  // An initial "é" English may spell "s" or "es" (étudiant/student, établir/establish), but often not (étage/stage): unlisted words only.
  const initialS = isUnlisted && /^e[bcdfgklmnpqrstv]/.test(a) ? [`s${a.slice(1)}`, `es${a.slice(1)}`].flatMap((form) => [form, ...anglicised(form)]) : [];
  for (const [index, english] of [...anglicised(a), ...initialS].entries()) {
    if (english.charCodeAt(0) !== b.charCodeAt(0)) continue;
    if (english === b) return 0.85;
    // The main spelling may also differ from the English stem by its last letters (politique → politic → politics).
    if (index === 0 && sameInitial && english.length >= 4 && english.slice(0, -1) === target.stem.slice(0, english.length - 1) && Math.abs(english.length - target.stem.length) <= 2) return 0.85;
    // One spelling apart, in words long enough for one letter not to make another word (or two in long ones).
    if (isUnlisted && best < 0.75 && english.length >= 6 && b.length >= 6 && english.slice(0, 3) === b.slice(0, 3) && isWithinEdits(english, b, english.length >= 9 ? 2 : 1)) best = 0.75;
  }
  if (!sameInitial) return best;
  const prefix = commonPrefix(a, b);
  const shorter = Math.min(a.length, b.length);
  if (prefix >= 5 && prefix >= 0.7 * shorter) return Math.max(best, 0.75);
  if (prefix >= 4 && prefix >= 0.8 * shorter) return Math.max(best, 0.7);
  // Spellings apart only by vowels or doubled letters in a long word the lexicon does not list: raffinerie/refinery, appartement/apartment (agréments is listed, and no agreement).
  const [french, englishSingular] = [a.replace(/s$/, ""), b.replace(/ies$/, "y").replace(/s$/, "")];
  if (isUnlisted && Math.min(french.length, englishSingular.length) >= MIN_SKELETON_LENGTH && consonants(englishSingular) === consonants(french)) return Math.max(best, 0.7);
  return best;
}

const MIN_SKELETON_LENGTH = 8;

/** A folded word's consonants, each run of one letter written once: "raffinerie" and "refinery" both give "rfnr". */
function consonants(folded: string): string {
  return folded.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
}
