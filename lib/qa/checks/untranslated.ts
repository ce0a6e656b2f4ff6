import { franc } from "franc";
import { isKnownWord } from "../speller";
import { foldText, normaliseApostrophes, normaliseKey, tokenizeWords, matchesOf } from "@/lib/text/text";
import type { CheckHit, SegmentCheck } from "../types";

/** French words that are not also English words, so two of them in a clause are a strong signal. */
const FRENCH_FUNCTION_WORDS = new Set([
  "le", "les", "des", "du", "et", "est", "une", "que", "qui", "dans", "pas", "avec", "cette", "ces", "il", "elle",
  "nous", "vous", "ils", "elles", "sont", "etait", "mais", "ou", "au", "aux", "ete", "etre", "avoir", "tres",
  "comme", "aussi", "alors", "donc", "leur", "leurs", "notre", "nos", "votre", "vos", "lui", "cela", "ca", "sur",
  "pour", "par", "ont", "sa", "ses", "mes", "tes", "je", "tu", "ne", "se", "peut", "fait", "sans", "tout", "tous",
  "plus", "la", "de", "un", "qu", "l", "d", "n", "s", "c", "j", "m", "ce", "si", "en",
]);
/** Of those, the ones that also occur in English text ("a la", "en route", "plus", "ce"…) and need company. */
const AMBIGUOUS = new Set(["s", "d", "m", "la", "de", "plus", "pour", "par", "sur", "en", "ce", "si", "tout", "ne", "se", "sans", "fait", "est", "ou", "sa", "je", "tu", "il"]);

// Accented French words English writing keeps, folded: loanwords, and the French administrative and
// school terms news about France leaves in French ("twelve départements", "a lycée in Lyon").
const ENGLISH_ACCENTED = new Set(["departement", "departements", "lycee", "lycees", "cafe", "cliche", "deja", "resume", "naive", "fiance", "fiancee", "role", "elite", "facade", "entree", "protege", "detente", "expose", "souffle", "decor", "debut", "ecole", "regime", "chateau", "touche", "creme", "rose", "premiere", "saute", "puree", "consomme", "negligee", "melee", "soiree", "pate", "naivete", "coupe", "communique", "emigre", "habitue", "divorcee", "d'etat", "etat"]);

type Chunk = { text: string; start: number; end: number };

function clauses(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  for (const match of matchesOf(text, /[^.!?;:«»“”"()—]+/g)) {
    chunks.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return chunks;
}

function frenchClause(chunk: Chunk): boolean {
  const words = tokenizeWords(normaliseApostrophes(chunk.text)).flatMap((word) => foldText(word.text).split("'"));
  if (words.length < 4) return false;
  const french = words.filter((word) => FRENCH_FUNCTION_WORDS.has(word));
  const distinctive = french.filter((word) => !AMBIGUOUS.has(word));
  if (french.length < 2 || distinctive.length < 1 || french.length / words.length < 0.2) return false;
  return franc(chunk.text, { only: ["fra", "eng"], minLength: 10 }) === "fra";
}

/** Whether a text has a French function word English does not share: without one, none of its clauses is French. */
function hasDistinctiveFrenchWord(foldedText: string): boolean {
  return tokenizeWords(foldedText).some((token) => token.text.split("'").some((word) => FRENCH_FUNCTION_WORDS.has(word) && !AMBIGUOUS.has(word)));
}

function trimChunk(chunk: Chunk): Chunk {
  const leading = chunk.text.length - chunk.text.trimStart().length;
  const text = chunk.text.trim();
  return { text, start: chunk.start + leading, end: chunk.start + leading + text.length };
}

/**
 * Words that join the parts of a French name ("Gare du Nord", "Eau et Rivières de Bretagne"), and the
 * particles of a person's name in other languages ("Ursula von der Leyen", "Rafael van der Vaart").
 */
const NAME_JOINERS = new Set(["de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "sur", "sous", "au", "aux", "a",
  "von", "van", "der", "den", "di", "da", "del", "della", "dos", "das", "al", "el", "ben", "bin", "ibn", "ter", "zu"]);

/**
 * Whether a copied run is a French name English keeps as it is ("the Parc des Princes", "Santé
 * publique France", "the Académie française") or a title in quotation marks: it opens on a capital,
 * has at most one lower-case word that joins nothing, and either stands inside the sentence or ends
 * on a capital too, so that a French sentence opening ("Selon le ministre") is still reported.
 */
function isKeptName(target: string, run: Array<{ text: string; start: number; end: number }>): boolean {
  const original = run.map((word) => target.slice(word.start, word.end));
  const isCapital = (text: string) => /^\p{Lu}/u.test(text);
  if (isQuoted(target, run[0].start, run[run.length - 1].end)) return true;
  if (!isCapital(original[0]) || run.length > 6) return false;
  const loose = original.filter((text) => !isCapital(text) && !text.split(/['’]/).every((part) => NAME_JOINERS.has(foldText(part))));
  const isSentenceStart = /(?:^|[.!?:]\s+|["“«]\s*)$/u.test(target.slice(0, run[0].start));
  return loose.length <= 1 && (!isSentenceStart || isCapital(original[original.length - 1]));
}

/** Whether target[start, end) lies between an opening and a closing quotation mark. */
function isQuoted(target: string, start: number, end: number): boolean {
  const before = target.slice(0, start).match(/[“"«‘']\s*$/u);
  const after = target.slice(end).match(/^\s*[”"»’']/u);
  return before !== null && after !== null;
}

/** Three or more words copied in a row from the source, one of them plainly French: a passage left untranslated. */
function copiedRun(source: string, target: string): CheckHit | null {
  const sourceWords = tokenizeWords(foldText(normaliseApostrophes(source))).map((word) => word.text);
  if (sourceWords.length < 3) return null;
  const foldedTarget = foldText(normaliseApostrophes(target));
  const words = tokenizeWords(foldedTarget);
  // Three target words in a row that the source has somewhere, before building the source's trigrams: most pairs have none.
  const sourceSet = new Set(sourceWords);
  if (!words.some((word, i) => i + 2 < words.length && sourceSet.has(word.text) && sourceSet.has(words[i + 1].text) && sourceSet.has(words[i + 2].text))) return null;
  const trigrams = new Set(sourceWords.slice(2).map((word, i) => `${sourceWords[i]} ${sourceWords[i + 1]} ${word}`));
  const isCopied = (i: number) => i + 2 < words.length && trigrams.has(`${words[i].text} ${words[i + 1].text} ${words[i + 2].text}`);
  for (let i = 0; i < words.length; i += 1) {
    if (!isCopied(i)) continue;
    let last = i + 2;
    while (isCopied(last - 1)) last += 1;
    const run = words.slice(i, last + 1);
    const isFrench = run.some((word) => {
      if (target[word.start] !== foldedTarget[word.start]) return false;
      return (FRENCH_FUNCTION_WORDS.has(word.text) && !AMBIGUOUS.has(word.text)) || (word.text.length >= 3 && !isKnownWord(word.text));
    });
    if (isFrench && !isKeptName(target, run)) {
      const text = target.slice(run[0].start, run[run.length - 1].end);
      const inSource = foldText(normaliseApostrophes(source)).indexOf(foldedTarget.slice(run[0].start, run[run.length - 1].end));
      return {
        message: `The target keeps “${text}” from the French source.`,
        sourceSpan: inSource >= 0 ? { start: inSource, end: inSource + text.length } : null,
        targetSpan: { start: run[0].start, end: run[run.length - 1].end },
        key: `copied|${normaliseKey(text)}`,
      };
    }
    i = last;
  }
  return null;
}

function copiedFrenchWords(source: string, target: string): CheckHit[] {
  const foldedSourceWords = new Set(tokenizeWords(source).map((word) => word.text.toLowerCase()));
  const sourceLower = source.toLowerCase();
  const hits: CheckHit[] = [];
  const targetWords = tokenizeWords(target);
  for (const [i, word] of targetWords.entries()) {
    const lower = word.text.toLowerCase();
    if (word.text !== lower || !/[éèêàçùûîôïëœ]/.test(lower) || lower.length < 4) continue;
    if (foldText(lower).split(/[-']/).some((part) => ENGLISH_ACCENTED.has(part)) || !foldedSourceWords.has(lower)) continue;
    // The lower-case half of a kept French name, as the French writes it: "the Académie française".
    const previous = targetWords[i - 1];
    if (previous && /^\p{Lu}/u.test(previous.text) && sourceLower.includes(target.slice(previous.start, word.end).toLowerCase())) continue;
    hits.push({
      message: `The French word “${word.text}” is left untranslated in the target.`,
      sourceSpan: null,
      targetSpan: { start: word.start, end: word.end },
      key: `word|${normaliseKey(word.text)}`,
      severity: "minor",
    });
  }
  return hits;
}

export const untranslated: SegmentCheck = {
  id: "untranslated",
  category: "accuracy_untranslated",
  severity: "major",
  title: "Target left in French",
  run({ source, target }) {
    if (target.trim() === "" || source.trim() === "") return [];
    const sourceWords = tokenizeWords(source);
    if (target.trim() === source.trim() && sourceWords.length >= 3) {
      const isFrench = sourceWords.some((word) => FRENCH_FUNCTION_WORDS.has(foldText(word.text)) && !AMBIGUOUS.has(foldText(word.text)));
      if (isFrench || franc(source, { only: ["fra", "eng"], minLength: 10 }) === "fra") {
        return [{
          message: `The target is identical to the source “${source.trim().slice(0, 60)}”.`,
          sourceSpan: { start: 0, end: source.length },
          targetSpan: { start: 0, end: target.length },
          key: `identical|${normaliseKey(source).slice(0, 80)}`,
        }];
      }
    }
    const hits: CheckHit[] = [];
    const chunks = hasDistinctiveFrenchWord(foldText(normaliseApostrophes(target))) ? clauses(target) : [];
    for (const chunk of chunks.filter(frenchClause).map(trimChunk)) {
      hits.push({
        message: `The target contains French text: “${chunk.text.slice(0, 60)}”.`,
        sourceSpan: null,
        targetSpan: { start: chunk.start, end: chunk.end },
        key: `clause|${normaliseKey(chunk.text).slice(0, 80)}`,
      });
    }
    if (hits.length > 0) return hits;
    const copied = copiedRun(source, target);
    return copied ? [copied] : copiedFrenchWords(source, target);
  },
};
