import type { CheckHit, Span } from "../types";
import { isCapitalised, matchesOf } from "@/lib/text/text";

/**
 * French writing conventions copied into English, each confirmed by the same form in the French, so
 * an English writer's own usage is never a finding.
 */

const spanOf = (match: RegExpExecArray | RegExpMatchArray): Span => ({ start: match.index!, end: match.index! + match[0].length });

/** "M. Dupont", "Mme Martin", "Mlle Roux": French abbreviations of address; English writes Mr, Mrs/Ms, Miss. */
function addressAbbreviations(source: string, target: string): CheckHit[] {
  const english: Record<string, string> = { "M.": "Mr", Mme: "Mrs or Ms", Mlle: "Miss or Ms" };
  const hits: CheckHit[] = [];
  // "J. M. Coetzee": an initial before "M." makes it one too.
  for (const match of matchesOf(target, /(?<![\p{L}.]|\p{Lu}\.\s)(M\.|Mme|Mlle)\s+(\p{Lu}[\p{L}'’-]+)/gu)) {
    const [, abbreviation, name] = match;
    const french = new RegExp(`(?<!\\p{L})${abbreviation.replace(".", "\\.")}\\s+${name}`, "u").exec(source);
    if (!french) continue;
    hits.push({
      message: `“${abbreviation} ${name}” keeps the French abbreviation “${abbreviation}”; English writes “${english[abbreviation]} ${name}”.`,
      sourceSpan: spanOf(french),
      targetSpan: { start: match.index, end: match.index + abbreviation.length },
      key: `address-abbreviation|${abbreviation}`,
    });
  }
  return hits;
}

/**
 * False friends whose English look-alike means something else in news English: each French word, the
 * English word it is mistaken for, and what English says. A pair is left alone when the English also
 * has a right rendering of the French word (it was translated; the look-alike is there for another
 * word) or when the French has a word the look-alike does translate ("en fait" → "actually").
 */
const FALSE_FRIENDS: ReadonlyArray<{ source: RegExp; target: RegExp; advice: string; rendered: RegExp; otherSource?: RegExp }> = [
  {
    source: /(?<!\p{L})actuellement(?!\p{L})/iu, target: /\bactually\b/i, advice: "“currently” or “at present”",
    rendered: /\b(?:currently|presently|at present|now|at the moment|today)\b/i,
    otherSource: /(?<!\p{L})(?:en fait|en réalité|réellement|vraiment|effectivement|en vérité|à vrai dire)(?!\p{L})/iu,
  },
  {
    source: /(?<!\p{L})éventuellement(?!\p{L})/iu, target: /\beventually\b/i, advice: "“possibly” or “if need be”",
    rendered: /\b(?:possibly|potentially|perhaps|if need be|if necessary)\b/i,
    otherSource: /(?<!\p{L})(?:finalement|enfin|à terme|au bout du compte|par la suite|tôt ou tard|au final)(?!\p{L})/iu,
  },
  { source: /(?<!\p{L})éventuel(?:le)?s?(?!\p{L})/iu, target: /\beventual\b/i, advice: "“possible” or “potential”", rendered: /\b(?:possible|potential|any)\b/i, otherSource: /(?<!\p{L})final(?:e|s|es)?(?!\p{L})/iu },
  { source: /(?<!\p{L})librairies?(?!\p{L})/iu, target: /\blibrar(?:y|ies)\b/i, advice: "“bookshop”", rendered: /\bbook(?:shop|store|seller)s?\b/i, otherSource: /(?<!\p{L})biblioth[èe]ques?(?!\p{L})/iu },
  { source: /(?<!\p{L})assist(?:e|es|ent|ait|aient|é|ée|és|ées|er|era|eront|ant)\s+(?:à|aux?)(?!\p{L})/iu, target: /\bassist(?:s|ed|ing)?\s+(?:at|to|in)\b/i, advice: "“attend” or “be present at”", rendered: /\b(?:attend(?:s|ed|ing)?|witness(?:es|ed|ing)?)\b/i, otherSource: /(?<!\p{L})aid(?:e|er|ent|ait|é)(?!\p{L})/iu },
  {
    source: /(?<!\p{L})réalis(?:er|e|es|ent|é|ée|és|ées|era|eront|ait|aient|ant)(?!\p{L})(?!\s+qu)/iu, target: /\breali[sz](?:e|es|ed|ing)\b(?!\s+(?:that|how|what|the extent|its|his|her|their)\b)/i,
    advice: "“carry out”, “complete” or “make”", rendered: /\b(?:carr(?:y|ies|ied|ying) out|complet(?:e|es|ed|ing)|achiev|built|build)/i, otherSource: /(?<!\p{L})(?:rend\p{L}* compte|prend\p{L}* conscience)(?!\p{L})/iu,
  },
  { source: /(?<!\p{L})pr[ée]v(?:en|ien|inr)\p{L}*(?!\p{L})/iu, target: /\bprevent(?:s|ed|ing)?\s+(?:\p{L}+\s+){1,3}of\b/iu, advice: "“warn … of” or “inform”", rendered: /\b(?:warn|inform|notif|alert)/i },
  { source: /(?<!\p{L})jug(?:e|es|ent|eait|eaient|é|ée|és|ées|er|eant)\s+qu/iu, target: /\bjudge(?:s|d)?\s+that\b/i, advice: "“think”, “believe” or “consider” (“judge that” is a court’s or an expert’s ruling)", rendered: /\b(?:think|believe|consider|feel)/i, otherSource: /(?<!\p{L})(?:tribunal|cour|juge)s?(?!\p{L})/iu },
  { source: /(?<!\p{L})actuel(?:le)?s?(?!\p{L})/iu, target: /\bactual\b/i, advice: "“current” or “present”", rendered: /\b(?:current|present|incumbent|sitting)\b/i, otherSource: /(?<!\p{L})(?:réel|réelle|véritable|effecti)\p{L}*/iu },
  { source: /(?<!\p{L})numériques?(?!\p{L})/iu, target: /\bnumeric(?:al)?\b/i, advice: "“digital”", rendered: /\bdigital\b/i, otherSource: /(?<!\p{L})(?:chiffr|nombre|numéro)\p{L}*/iu },
  { source: /(?<!\p{L})homologues?(?!\p{L})/iu, target: /\bhomolog(?:ue|ues|s)?\b/i, advice: "“counterpart”", rendered: /\bcounterparts?\b/i },
  { source: /(?<!\p{L})informatiques?(?!\p{L})/iu, target: /\binformatics?\b/i, advice: "“computing”, “IT” or “computer …”", rendered: /\b(?:computer|computing|IT)\b/ },
  { source: /(?<!\p{L})manifestations?(?!\p{L})/iu, target: /\bmanifestations?\b(?!\s+of\b)/i, advice: "“protest” or “demonstration”", rendered: /\b(?:protest|demonstration|rall(?:y|ies)|march)/i },
  { source: /(?<!\p{L})prétend\p{L}*\s+qu/iu, target: /\bpretend(?:s|ed|ing)?\s+that\b/i, advice: "“claim” or “maintain”", rendered: /\b(?:claim|maintain|assert|allege)/i },
  { source: /(?<!\p{L})attend(?:s|ent|ait|aient|u|ue|us|ues|re|ra|ront)?(?!\p{L})/iu, target: /\battend(?:s|ed|ing)?\b/i, advice: "“await”, “wait for” or “expect”", rendered: /\b(?:await|wait|expect)/i, otherSource: /(?<!\p{L})(?:assist|particip|suiv|fréquent|présen)\p{L}*/iu },
  { source: /(?<!\p{L})stages?(?!\p{L})/iu, target: /\bstages?\b/i, advice: "“internship” or “work placement”", rendered: /\b(?:internship|placement|traineeship|training)/i, otherSource: /(?<!\p{L})(?:étape|stade|scène|phase|estrade|tribune|plateau)s?(?!\p{L})/iu },
  { source: /(?<!\p{L})déceptions?(?!\p{L})/iu, target: /\bdeceptions?\b/i, advice: "“disappointment”", rendered: /\bdisappoint/i, otherSource: /(?<!\p{L})(?:tromperie|duperie|supercherie)s?(?!\p{L})/iu },
  { source: /(?<!\p{L})sensibles?(?!\p{L})/iu, target: /\bsensible\b/i, advice: "“sensitive”", rendered: /\bsensitive\b/i, otherSource: /(?<!\p{L})(?:raisonnable|sensé|sensée)s?(?!\p{L})/iu },
];

function falseFriends(source: string, target: string): CheckHit[] {
  const hits: CheckHit[] = [];
  for (const friend of FALSE_FRIENDS) {
    // The English look-alike first: its plain pattern is cheaper than the French one, and rarer.
    const english = friend.target.exec(target);
    const french = english ? friend.source.exec(source) : null;
    if (!french || !english || friend.rendered.test(target) || friend.otherSource?.test(source)) continue;
    // A capital inside the sentence is a name's own English: "the National Institute of Statistics and Informatics".
    if (english.index > 0 && isCapitalised(english[0])) continue;
    hits.push({
      message: `“${english[0]}” renders French “${french[0]}” by its look-alike, which means something else in English; here English says ${friend.advice}.`,
      sourceSpan: spanOf(french),
      targetSpan: spanOf(english),
      key: `false-friend|${english[0].toLowerCase()}`,
    });
  }
  return hits;
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
/**
 * "the 3 March" as French "le 3 mars": English writes "on 3 March" or "on March 3". "the 3 March
 * deadline" (a date before a noun) is English, so only a date followed by punctuation, a year or a
 * function word is matched.
 */
const THE_DAY_MONTH = new RegExp(`\\bthe (\\d{1,2})(?:st|nd|rd|th)? (${MONTHS})\\b(?=(?:,? \\d{4})?(?:\\s*[,.;:!?)]|\\s*$|\\s+(?:and|or|at|in|on|to|when|after|before|by|with|for|from|until|a|an|the|that|as|but)\\b))`, "gu");

function frenchDates(source: string, target: string): CheckHit[] {
  const hits: CheckHit[] = [];
  for (const match of matchesOf(target, THE_DAY_MONTH)) {
    const [whole, day, month] = match;
    const french = new RegExp(`\\b(?:le|du|au) ${day}(?:er)? (?:${MOIS})\\b`, "iu").exec(source);
    if (!french) continue;
    hits.push({
      message: `“${whole}” keeps the article of French “${french[0]}”; English writes “${day} ${month}” (“on ${day} ${month}”).`,
      sourceSpan: spanOf(french),
      targetSpan: spanOf(match),
      key: "date|the-day-month",
      category: "locale_conventions",
    });
  }
  return hits;
}

/**
 * "is rising since January" for French "augmente depuis janvier": the French present with "depuis"
 * is an English present perfect ("has been rising since January"). Only a progressive before "since"
 * and a starting point after it, in one clause.
 */
const PROGRESSIVE_SINCE = new RegExp(`\\b(?:is|are|am)\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+ing)\\b(?:\\s+(?![\\p{L}'’-]*ing\\b)[\\p{L}\\d'’%-]+){0,6}?\\s+since\\s+(?:\\d{4}|the\\b|last\\b|early\\b|late\\b|(?:${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)`, "u");

function sinceWithPresent(source: string, target: string): CheckHit[] {
  const french = /\bdepuis\b/i.exec(source);
  const english = french ? PROGRESSIVE_SINCE.exec(target) : null;
  if (!french || !english) return [];
  return [{
    message: `“${english[0]}” keeps the present of French “depuis”; with “since” English uses the present perfect (“has been ${english[1]}”).`,
    sourceSpan: spanOf(french),
    targetSpan: spanOf(english),
    key: "calque|depuis-present",
  }];
}

/**
 * A quoted title followed by "of" and its author ("“The Misanthrope” of Molière", French "« Le
 * Misanthrope » de Molière"): English says "Molière's “The Misanthrope”" or "“The Misanthrope” by Molière".
 */
function titleOfAuthor(source: string, target: string): CheckHit[] {
  const hits: CheckHit[] = [];
  for (const match of matchesOf(target, /["”»]\s+of\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu)) {
    const author = match[1];
    const french = new RegExp(`[»"”]\\s+(?:de|d['’])\\s*${author}`, "u").exec(source);
    if (!french) continue;
    const start = match.index + match[0].indexOf("of");
    hits.push({
      message: `“of ${author}” after a title renders French “de ${author}”; English says “by ${author}” or “${author}’s …”.`,
      sourceSpan: spanOf(french),
      targetSpan: { start, end: match.index + match[0].length },
      key: "calque|title-of-author",
    });
  }
  return hits;
}

/** "62 %": French puts a space before the percent sign; news English writes "62%" (or "62 percent"). */
function percentSpacing(source: string, target: string): CheckHit[] {
  const english = /\d[ \u00A0\u202F]%/u.exec(target);
  const french = english ? /\d[ \u00A0\u202F]%/u.exec(source) : null;
  if (!english || !french) return [];
  return [{
    message: "A space before “%” is the French spacing; news English writes “62%” or “62 percent”.",
    sourceSpan: { start: french.index + 1, end: french.index + 3 },
    targetSpan: { start: english.index + 1, end: english.index + 3 },
    key: "spacing|%",
    category: "locale_conventions",
  }];
}

/**
 * A participle used as a noun with a complement ("the elected of the towns", French "les élus des
 * communes"): English nominalises a participle only for a whole group ("the wounded") and names the
 * people otherwise ("elected officials in the towns"). Nouns and adjectives in -ed that take "of"
 * ("the hatred of") are not participles of a French "-é/-u/-i" plural.
 */
const NOMINAL_PARTICIPLE_FRENCH = /(?<!\p{L})(?:les|des|aux)\s+\p{L}+(?:és|ées|us|ues|is|ies|its|ites)\s+(?:de|des|du|d['’])(?!\p{L})/iu;
const NOMINAL_PARTICIPLE_ENGLISH = /\b[Tt]he (?!(?:hatred|kindred|sacred|beloved|learned|wicked|naked|rugged|hundred)\b)(\p{Ll}+[^e\s]ed) of\b/u;

function nominalParticiple(source: string, target: string): CheckHit[] {
  const english = NOMINAL_PARTICIPLE_ENGLISH.exec(target);
  const french = english ? NOMINAL_PARTICIPLE_FRENCH.exec(source) : null;
  if (!english || !french) return [];
  return [{
    message: `“${english[0]}” uses a participle as a noun, as French “${french[0].trim()}” does; English names the people (“${english[1]} officials”, “those ${english[1]}”).`,
    sourceSpan: spanOf(french),
    targetSpan: spanOf(english),
    key: `calque|nominal-participle|${english[1]}`,
  }];
}

/** Hits of the conventions above for a pair. */
export function frenchHabitHits(source: string, target: string): CheckHit[] {
  return [...addressAbbreviations(source, target), ...falseFriends(source, target), ...frenchDates(source, target), ...sinceWithPresent(source, target), ...titleOfAuthor(source, target), ...percentSpacing(source, target), ...nominalParticiple(source, target)];
}
