import { newStemmer } from "snowball-stemmers";
import { stemmer } from "stemmer";
import { foldText, matchesOf } from "@/lib/text/text";
import type { AlignedWord } from "./types";
import { englishVerbBase } from "./verb-forms";

export type Language = "source" | "target";

/** What the aligner knows about one word form, computed once per process and shared by every pair. */
export type WordInfo = {
  /** Lowercased, accents stripped. */
  folded: string;
  stem: string;
  /** English adverbs and comparatives by their adjective's stem ("deeply" → "deep", "happier" → "happi"), plurals in -ves by their singular's ("elves" → "elf"), irregular pasts by their verb's ("fought" → "fight"): the lexicon files adjectives, singulars and base forms. */
  baseStem: string;
  isFunction: boolean;
  isNumber: boolean;
  /** A hyphenated word's parts ("six-year-old" → six, year, old), else null. */
  parts: readonly WordInfo[] | null;
  /** Small integer, unique per language, for numeric cache keys. */
  id: number;
};

const FRENCH_STEMMER = newStemmer("french");

export const SOURCE_FUNCTION_WORDS = new Set(
  ("le la les l' un une des de du d' au aux a à et ou mais donc or ni car que qu' qui quoi dont où ce cet cette ces ceci cela ça " +
    "son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on je j' tu nous vous se s' me m' te t' lui y en " +
    "ne n' est sont été être a ont avait avaient sera seront était étaient fut ai as avons avez c' " +
    "dans par pour sur sous avec sans entre vers chez contre selon depuis pendant après avant comme si plus très aussi bien tout tous toute toutes " +
    "même autre autres tel telle quel quelle lors afin ainsi alors déjà encore puis enfin cependant toutefois jusqu' lorsqu' puisqu' " +
    // Particles, pronouns, auxiliaries and adverbs that English renders by its function words (or by nothing).
    "pas point non oui quand comment pourquoi ici là voici voilà moi toi soi eux ceux celui celle celles ci " +
    "suis es sommes êtes soit sois soyez soyons serai seras serez serons serait serais seraient étais étions étiez furent fûmes " +
    "ai avons avez aurai aurais aurait aurions auraient avais avions aviez eu eue eus eut " +
    "vais vas va allons allez vont tant trop assez peut-être ").trim().split(/\s+/).map((word) => foldText(word)),
);

export const TARGET_FUNCTION_WORDS = new Set(
  ("the a an of to in on at by for with from into onto and or but nor so yet as than that which who whom whose what this these those " +
    "it its he him his she her they them their we us our you your i me my is are was were be been being has have had do does did will would " +
    "shall should can could may might must 's there here also very more most such all any each both then not " +
    "about between regarding among after before over under through during without within upon toward towards since until because " +
    "while if when where how why no only just even am one some now again once still too other another own up out off down away let ye").split(" "),
);

const NUMBER = /^\d/;
/** English plurals no suffix rule undoes: "in mice" renders "chez la souris". */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  mice: "mouse", lice: "louse", geese: "goose", teeth: "tooth", feet: "foot", men: "man", women: "woman", children: "child", oxen: "ox",
};
/**
 * English comparatives and superlatives of the common short adjectives, by their adjective ("biggest"
 * → "big", "larger" → "large"): French says them with "plus" and the adjective ("la plus importante
 * opération" → "the biggest deal"). Only these: "-er" and "-est" end many other words ("interest", "power").
 */
const COMPARED: Readonly<Record<string, string>> = Object.fromEntries(
  ("big:bigg hot:hott wet:wett fat:fatt thin:thinn large:larg wide:wid close:clos late:lat safe:saf great high low small long old young strong " +
    "deep rich poor cheap short tall hard fast slow weak tight broad steep warm cold clear").split(" ").flatMap((entry) => {
    const [adjective, root = adjective] = entry.split(":");
    return [[`${root}er`, adjective], [`${root}est`, adjective]];
  }),
);
/** "-ing" forms of verbs in "-ie" and "-ue" that the stemmer parts from their base ("suing" → "su", "sue" → "sue"). Not in englishVerbBase: they are no participles of a passive. */
const ING_FORMS: Readonly<Record<string, string>> = { dying: "die", tying: "tie", lying: "lie", vying: "vie", suing: "sue" };
const SOURCE_CACHE = new Map<string, WordInfo>();
const TARGET_CACHE = new Map<string, WordInfo>();

/** The WordInfo of a word form; `text` may be any case. */
export function wordInfo(text: string, language: Language): WordInfo {
  const cache = language === "source" ? SOURCE_CACHE : TARGET_CACHE;
  let info = cache.get(text);
  if (info === undefined) {
    // Initials with dots are the initials: "U.S." is "us", "U.N.-backed" "un-backed".
    const folded = foldText(text).replace(/’/g, "'").replace(/^(?:[a-z]\.){2,}/, (initials) => initials.replace(/\./g, ""));
    const isNumber = NUMBER.test(folded);
    const functionWords = language === "source" ? SOURCE_FUNCTION_WORDS : TARGET_FUNCTION_WORDS;
    const stem = isNumber ? folded.replace(/[^\d]/g, "") : language === "source" ? FRENCH_STEMMER.stem(folded) : stemmer(folded);
    // Ids keep counting after a clear, so a key built before it never meets a different word.
    if (cache.size > 200_000) cache.clear();
    // English contractions ("don't", "I'll", "we're") are function words whatever they join.
    const isContraction = language === "target" && /^[a-z]+'(?:t|ll|m|re|ve|d|s)$/.test(folded);
    // And irregular plurals by their singular ("elves" → "elf", "lives" → "life"): the lexicon files singulars.
    const singular = language === "target" ? IRREGULAR_PLURALS[folded] ?? folded.replace(/(?<=l|ar|ie|ea|oo)ves$/, "f").replace(/ives$/, "ife") : folded;
    const verbBase = language === "target" ? englishVerbBase(folded) : undefined;
    const listedBase = language === "target" ? COMPARED[folded] ?? ING_FORMS[folded] : undefined;
    const base = verbBase ?? listedBase ?? (singular !== folded ? singular : language === "target" && folded.length > 5 ? folded.replace(/ily$/, "y").replace(/(?<=[^l])ly$/, "").replace(/ier$|iest$/, "y") : folded);
    const baseStem = base === folded ? stem : stemmer(base);
    const parts = !isNumber && folded.includes("-") ? folded.split("-").filter((part) => part !== "").map((part) => wordInfo(part, language)) : null;
    // "U.S." is a name, not the pronoun its initials spell.
    // So is a club's "AS" ("l'AS Monaco", association sportive), not the verb "as" (tu as).
    const isInitials = /^(?:\p{Lu}\.){2,}/u.test(text) || (language === "source" && text === "AS");
    info = { folded, stem, baseStem, isFunction: (functionWords.has(folded) && !isInitials) || isContraction, isNumber, parts, id: nextId[language]++ };
    cache.set(text, info);
  }
  return info;
}

const nextId = { source: 1, target: 1 };

/** The folded form of the word at `index`, or "" past either end: rules read a word's neighbours freely. */
export function foldedAt(words: readonly AlignedWord[], index: number, language: Language): string {
  const word = words[index];
  if (!word) return "";
  // Rules read the same few words of one sentence again and again (about ten times each): a look-up
  // in the per-process word cache, tens of thousands of forms, costs more than one in this sentence's own.
  let folded = FOLDED_AT[language].get(words);
  if (folded === undefined) FOLDED_AT[language].set(words, (folded = { words: [], folded: [] }));
  if (folded.words[index] !== word) {
    folded.words[index] = word;
    folded.folded[index] = wordInfo(word.text, language).folded;
  }
  return folded.folded[index];
}

/** foldedAt's answers by word list, each beside the word it was computed for (a list changed since is read afresh). */
const FOLDED_AT = {
  source: new WeakMap<readonly AlignedWord[], { words: AlignedWord[]; folded: string[] }>(),
  target: new WeakMap<readonly AlignedWord[], { words: AlignedWord[]; folded: string[] }>(),
};

export function stemOf(text: string, language: Language): string {
  return wordInfo(text, language).stem;
}

// Words, hyphenated compounds, numbers; elisions ("l'ONU") and English possessives are split off below.
// French groups thousands with a space, often a plain one ("100 000 foyers"): one number, as "100,000" is;
// an English side that kept the French grouping ("1 400 people") reads the same.
// Names that mix capitals and figures ("G4S", "COP28", "A380", "F-35", "Covid-19") and initials with dots ("U.S.", "U.N.-backed") are one word each.
const TOKEN = /\p{Lu}[\p{L}\p{M}]*(?:-?\d+)[\p{L}\p{M}\d]*(?:['’]s)?(?![\p{L}\d])|(?:\p{Lu}\.){2,}(?:-[\p{L}\p{M}]+)*|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,\u202f\u00a0]\d+)*/gu;
const ELISION = /^(?:jusqu|lorsqu|puisqu|qu|[ldjmnstc])['’]/i;
const POSSESSIVE = /['’]s$/i;

/** Determiners (folded) after which "été" is the summer, not the participle of "être": "l'été prochain", "cet été". */
export const SUMMER_DETERMINERS: ReadonlySet<string> = new Set(["l'", "cet", "en", "d'", "chaque"]);

/**
 * A segment's words with offsets; French elided articles and English 's become words of their own.
 * When given, `infos` receives each word's WordInfo, index for index (the aligner needs them all).
 */
export function splitWords(text: string, language: Language, infos?: WordInfo[]): AlignedWord[] {
  const words: AlignedWord[] = [];
  const push = (start: number, end: number) => {
    const word = text.slice(start, end);
    const info = wordInfo(word, language);
    infos?.push(info);
    const previous = words.at(-1);
    const isSummer = language === "source" && info.folded === "ete" && previous !== undefined && SUMMER_DETERMINERS.has(wordInfo(previous.text, language).folded);
    words.push({ text: word, start, end, isContent: !info.isFunction || isSummer });
  };
  for (const match of matchesOf(text, TOKEN)) {
    const token = match[0];
    const start = match.index;
    const end = start + token.length;
    const elision = language === "source" ? ELISION.exec(token) : null;
    const possessive = language === "target" && POSSESSIVE.test(token) ? 2 : 0;
    if (elision && elision[0].length < token.length) {
      push(start, start + elision[0].length);
      push(start + elision[0].length, end);
    } else if (possessive && token.length > 2) {
      push(start, end - 2);
      push(end - 2, end);
    } else push(start, end);
  }
  return words;
}
