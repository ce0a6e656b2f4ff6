import { foldText } from "@/lib/text/text";
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { isKnownWord, isSpelled } from "../speller";
import type { CheckHit } from "../types";

/**
 * French word order and noun-phrase habits copied into English, read off the word alignment: the English
 * construction is flagged only where the French words it renders have the shape it copies.
 */

/** Words of one pair, with who renders whom: an aligner link, or a shared four-letter start (cognates). */
type Pair = { source: AlignedWord[]; target: AlignedWord[]; targetText: string; renders: (targetIndex: number, sourceIndex: number) => boolean };

function pairOf(alignment: WordAlignment, targetText: string): Pair {
  // Word indices as one number (a sentence has far fewer than 2^16 words); each word folded once.
  const linked = new Set(alignment.links.map((link) => link.target * 65_536 + link.source));
  // Folded when first asked: most pairs give no rule a candidate word.
  let folded: { source: string[]; targetOpenings: string[] } | null = null;
  const fold = (word: AlignedWord) => foldText(word.text);
  const words = () => (folded ??= { source: alignment.source.map(fold), targetOpenings: alignment.target.map((word) => fold(word).slice(0, 4)) });
  return {
    source: alignment.source,
    target: alignment.target,
    targetText,
    renders: (t, s) => linked.has(t * 65_536 + s) || (words().targetOpenings[t].length >= 4 && words().source[s].startsWith(words().targetOpenings[t])),
  };
}

const FRENCH_DETERMINERS = new Set("le la les l' un une des du de d' au aux ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes".split(" "));
const FRENCH_ADJECTIVE = /(?:el|elle|els|elles|al|ale|aux|ales|ique|iques|if|ive|ifs|ives|eux|euse|euses|aire|aires|able|ables|ible|ibles|ent|ente|ents|entes|ant|ante|ants|antes|ais|aise|aises|ain|aine|ains|aines|ien|ienne|iens|iennes|é|ée|és|ées)$/u;
/** English adjectives that follow their noun in set phrases ("attorney general", "president elect"). */
const POSTPOSITIVE = new Set("general elect designate apparent martial politic proper emeritus royal galore aplenty immemorial present absent available possible imaginable responsible concerned involved".split(" "));
const ENGLISH_DETERMINERS = new Set("the a an this these those its their his her our".split(" "));
const ENGLISH_ADJECTIVE = /^\p{Ll}+(?:al|ic|ical|ive|ous|ary|ar|able|ible)$/u;
/** Words that stand before their noun in both languages ("a first migrant", "un premier migrant"): never the noun of a noun–adjective pair. */
const PRENOMINAL = /^(?:first|second|third|\p{Ll}+th|last|next|other|former|latter|same|only|sole|new|old|young)$/u;

/** Where the French words rendered by English word `t` sit: after a non-determiner French word (noun then adjective). */
const frenchIndexes = (pair: Pair, t: number) => pair.source.map((_, s) => s).filter((s) => pair.renders(t, s));

/**
 * A modifier carrying the French plural ("Nuclears plants", "locals authorities", French "centrales
 * nucléaires"): English adjectives never agree. Flagged when the French word it renders is an
 * adjective after its noun.
 */
function pluralModifiers(pair: Pair): CheckHit[] {
  const hits: CheckHit[] = [];
  pair.target.forEach((word, t) => {
    const next = pair.target[t + 1];
    // The noun after it is a content word: "students this autumn" opens a phrase of time with its determiner.
    if (!next || !/^\p{L}{3,}[^su's]s$/u.test(word.text) || !/^\p{Ll}{3,}s$/u.test(next.text) || !next.isContent || ENGLISH_DETERMINERS.has(next.text.toLowerCase()) || /\S/u.test(pair.targetText.slice(word.end, next.start)) || !(ENGLISH_ADJECTIVE.test(word.text.toLowerCase().slice(0, -1)) || /(?:ent|ant)s$/u.test(word.text))) return;
    // The French adjective after its noun ("centrales nucléaires") or before the noun English puts next ("différents pays").
    const s = frenchIndexes(pair, t).find((index) => /[sx]$/u.test(pair.source[index].text) && FRENCH_ADJECTIVE.test(foldText(pair.source[index].text)) && ((index > 0 && !FRENCH_DETERMINERS.has(foldText(pair.source[index - 1].text))) || (index + 1 < pair.source.length && pair.renders(t + 1, index + 1))));
    // "logistics firms", "economics professor": a noun in "-ics" the dictionary knows is no plural adjective, but a noun before a noun.
    if (s === undefined || (/ics$/u.test(word.text) && isSpelled(word.text.toLowerCase()))) return;
    hits.push({
      message: `“${word.text} ${next.text}”: an English adjective takes no plural (“${word.text.slice(0, -1)} ${next.text}”); the -s copies French “${pair.source[s].text}”.`,
      sourceSpan: { start: pair.source[s].start, end: pair.source[s].end },
      targetSpan: { start: word.start, end: word.end },
      key: `calque|plural-adjective|${word.text.toLowerCase()}`,
    });
  });
  return hits;
}

/**
 * An adjective after its noun, in the French order ("an aid exceptional", "the authorities sanitary",
 * French "une aide exceptionnelle"): English puts it before. The English noun renders the French noun
 * and the adjective the French adjective right after it; set phrases ("attorney general") are English.
 */
function adjectivesAfterNoun(pair: Pair): CheckHit[] {
  const hits: CheckHit[] = [];
  pair.target.forEach((word, t) => {
    const noun = pair.target[t - 1];
    const before = pair.target[t - 2];
    // One noun phrase, no comma between: "a wise, courageous leader" lists two adjectives.
    if (!noun || !before || !ENGLISH_DETERMINERS.has(before.text.toLowerCase()) || !(ENGLISH_ADJECTIVE.test(word.text) || /^\p{Ll}{4,}(?:ant|ent)$/u.test(word.text)) || POSTPOSITIVE.has(word.text) || !/^\p{Ll}{3,}$/u.test(noun.text) || PRENOMINAL.test(noun.text) || /\S/u.test(pair.targetText.slice(before.end, noun.start) + pair.targetText.slice(noun.end, word.start))) return;
    // A determiner, noun, adjective: unless a complement follows ("the funds available for"), which English allows.
    const after = pair.target[t + 1];
    if (after && /^(?:for|to|in|at|from|with|on|by|than|enough)$/iu.test(after.text)) return;
    // "consider the reform important": an object and its complement, English order.
    const verb = pair.target[t - 3];
    if (verb && /^(?:consider|considers|considered|considering|find|finds|found|deem|deems|deemed|make|makes|made|call|calls|called|judge|judges|judged|keep|keeps|kept|leave|leaves|left|render|renders|rendered|declare|declares|declared|believe|believes|believed|think|thinks|thought|prove|proved|want|wants|wanted|get|gets|got)$/iu.test(verb.text)) return;
    const s = frenchIndexes(pair, t).find((index) => index > 0 && FRENCH_ADJECTIVE.test(foldText(pair.source[index].text)) && pair.renders(t - 1, index - 1));
    if (s === undefined) return;
    hits.push({
      message: `“${noun.text} ${word.text}” keeps the French order of “${pair.source[s - 1].text} ${pair.source[s].text}”; English puts the adjective first (“${word.text} ${noun.text}”).`,
      sourceSpan: { start: pair.source[s - 1].start, end: pair.source[s].end },
      targetSpan: { start: noun.start, end: word.end },
      key: `calque|adjective-after-noun|${word.text.toLowerCase()}`,
    });
  });
  return hits;
}

/**
 * A French pronominal past ("s'est dégradée", "se sont retirés") rendered by "is/are" and the participle
 * ("is degraded", "are retired from"): the French auxiliary "être" is not the English present of "be";
 * English says "has worsened", "withdrew".
 */
function reflexiveAsPassive(source: string, pair: Pair): CheckHit[] {
  const french = /(?<!\p{L})(?:s['’]\s*(?:est|était)|se\s+sont|se\s+(?:seront|étaient))\s+(\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues))(?!\p{L})/u.exec(source);
  if (!french) return [];
  const participle = pair.source.findIndex((word) => word.start === french.index + french[0].length - french[1].length);
  const hits: CheckHit[] = [];
  pair.target.forEach((word, t) => {
    const be = pair.target[t - 1];
    if (!be || !/^(?:is|are)$/iu.test(be.text) || !/^\p{Ll}+ed$/u.test(word.text) || participle < 0 || !pair.renders(t, participle)) return;
    // A state with its complement ("is opposed to", "is equipped with", "is involved in") is English.
    if (pair.target[t + 1] && /^(?:to|by|with|in|as|about|for)$/iu.test(pair.target[t + 1].text)) return;
    hits.push({
      message: `“${be.text} ${word.text}” copies the French pronominal past “${french[0]}” with the present of “be”; English says “has ${word.text}” or uses the simple past.`,
      sourceSpan: { start: french.index, end: french.index + french[0].length },
      targetSpan: { start: be.start, end: word.end },
      key: `calque|pronominal-past|${word.text.toLowerCase()}`,
    });
  });
  return hits;
}

/**
 * Abstract nouns that English uses without an article when it means the thing in general ("Unemployment
 * fell"): a closed class of uncountable nouns of news (economy, society, health, environment). Nouns that
 * also name one case ("the drought", "the crime", "the violence", "the debt") are left out.
 */
const GENERIC_NOUNS = new Set(
  ("inflation unemployment employment poverty growth immigration emigration pollution corruption inequality terrorism " +
    "tourism racism antisemitism obesity illiteracy smoking homelessness deforestation productivity consumption abstention " +
    "absenteeism agriculture education healthcare innovation globalisation globalization austerity deflation warming " +
    "biodiversity doping cybercrime disinformation misinformation").split(" "),
);

/**
 * "The unemployment fell", "The inflation has slowed", from French "Le chômage a reculé": French puts
 * the article on a noun taken in general, English does not. Flagged when "The" starts a clause, the
 * noun (of a closed class of uncountables) is its whole subject and the French has the article too.
 */
function genericArticle(pair: Pair): CheckHit[] {
  const hits: CheckHit[] = [];
  pair.target.forEach((word, t) => {
    if (!/^the$/iu.test(word.text)) return;
    // "The inflation …" or with one adjective, "The global warming …", "The French diplomacy …".
    const modifier = pair.target[t + 2] && GENERIC_NOUNS.has(pair.target[t + 2].text.toLowerCase()) && /^\p{L}+$/u.test(pair.target[t + 1].text) ? 1 : 0;
    const noun = pair.target[t + 1 + modifier];
    const next = pair.target[t + 2 + modifier];
    if (!noun || !next || !/^the$/iu.test(word.text) || !GENERIC_NOUNS.has(noun.text.toLowerCase())) return;
    const previous = pair.target[t - 1];
    const clauseStart = !previous || word.text === "The" || /[,;:]/u.test(pair.targetText.slice(previous.end, word.start)) || /^(?:and|but|while|as|because|since|although|that)$/iu.test(previous.text);
    if (!clauseStart) return;
    // A verb follows: the noun is the whole subject ("The inflation figures show" has a noun there).
    if (!/^(?:has|have|had|is|was|will|would|could|may|might|can|now|still|also|fell|rose|grew|hit|\p{Ll}+ed|(?:remain|continue|affect|hit|accelerate|slow|rise|fall|grow|increase|decrease|reach|weigh|threaten|cost|concern|touch|persist|return|decline|drop|jump|climb|soar|ease|stand|exceed|worsen|kill|destroy|remain|undermine|cause)s)$/u.test(next.text)) return;
    const isArticle = (index: number) => index > 0 && /^(?:le|la|l')$/u.test(foldText(pair.source[index - 1].text).replace("’", "'"));
    // Both sentences open on the subject when the aligner has no link for it ("réchauffement" → "warming").
    const s = frenchIndexes(pair, t + 1 + modifier).find(isArticle) ?? (t === 0 && isArticle(1) ? 1 : undefined);
    if (s === undefined) return;
    hits.push({
      message: `“${word.text} ${noun.text}” keeps the article of French “${pair.source[s - 1].text}${pair.source[s - 1].text.endsWith("'") || pair.source[s - 1].text.endsWith("’") ? "" : " "}${pair.source[s].text}”; English takes no article for ${noun.text} in general (“${noun.text[0].toUpperCase()}${noun.text.slice(1)} …”).`,
      sourceSpan: { start: pair.source[s - 1].start, end: pair.source[s].end },
      targetSpan: { start: word.start, end: modifier ? word.end : noun.end },
      key: `calque|generic-article|${noun.text.toLowerCase()}`,
    });
  });
  return hits;
}

/**
 * A verb before its subject after "where/when/what/that" ("the region where live three million people",
 * French "où vivent trois millions de personnes"; "the law that adopted the Senate", "que a adoptée le
 * Sénat"): the English verb renders the French verb that follows "où/que", so the English kept the
 * French inversion; English says "where three million people live".
 */
function inversionAfterWh(pair: Pair): CheckHit[] {
  const hits: CheckHit[] = [];
  pair.target.forEach((word, t) => {
    if (!/^(?:where|when|what|that|which)$/iu.test(word.text)) return;
    // "where live …", "where will take place …": an auxiliary may come first, as in English questions.
    const auxiliary = pair.target[t + 1] && /^(?:will|would|can|could|should|must|may|might|did|does|do|is|are|was|were|has|have|had)$/iu.test(pair.target[t + 1].text) ? 1 : 0;
    const verb = pair.target[t + 1 + auxiliary];
    const next = pair.target[t + 2 + auxiliary];
    // "that nearly 30 percent …": an adverb or a bound before a figure opens the subject; it is no verb.
    if (!verb || !next || !/^(?:where|when|what|that|which)$/iu.test(word.text) || !/^\p{Ll}+$/u.test(verb.text) || /ly$|^(?:about|around|over|under|some|only|just|almost|all|both|up)$/u.test(verb.text) || !/^(?:the|a|an|its|his|her|their|our|some|many|most|several|\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions)$/iu.test(next.text)) return;
    // The French verb right after "où/quand/que", or after an auxiliary there ("qu'a adoptée le Parlement").
    const after = (index: number) => /^(?:a|ont|avait|avaient|sera|seront|va|vont|peut|peuvent|doit|doivent)$/u.test(foldText(pair.source[index].text)) && index > 0 ? index - 1 : index;
    const s = frenchIndexes(pair, t + 1 + auxiliary).find((index) => index > 0 && /^(?:ou|quand|lorsque|lorsqu'|que|qu')$/u.test(foldText(pair.source[after(index - 1)].text).replace("’", "'")) && !FRENCH_DETERMINERS.has(foldText(pair.source[index].text)) && !/^(?:il|elle|ils|elles|on|je|nous|vous|ce|c'|cela)$/u.test(foldText(pair.source[index].text)));
    if (s === undefined) return;
    hits.push({
      message: `“${pair.targetText.slice(word.start, next.end)}”: the verb comes before its subject, as in French “${pair.source[s - 1].text} ${pair.source[s].text}”; English says “${word.text.toLowerCase()} [subject] ${pair.targetText.slice(pair.target[t + 1].start, verb.end)}”.`,
      sourceSpan: { start: pair.source[s - 1].start, end: pair.source[s].end },
      targetSpan: { start: pair.target[t + 1].start, end: verb.end },
      key: `calque|inversion|${verb.text}`,
    });
  });
  return hits;
}

/**
 * A French adjective used as a plural noun and carried over with its -s ("the intermittents of the
 * spectacle", French "les intermittents du spectacle"): "intermittents" is no English word, though
 * "intermittent" is. English names the people ("intermittent workers in the performing arts").
 */
function nominalAdjectives(pair: Pair): CheckHit[] {
  const hits: CheckHit[] = [];
  pair.target.forEach((word, t) => {
    const of = pair.target[t + 1];
    if (!of || of.text !== "of" || t === 0 || !/^the$/iu.test(pair.target[t - 1].text) || !/^\p{Ll}{4,}s$/u.test(word.text) || isKnownWord(word.text) || !isKnownWord(word.text.slice(0, -1))) return;
    const s = frenchIndexes(pair, t).find((index) => index > 0 && /^(?:les|des|aux)$/u.test(foldText(pair.source[index - 1].text)) && /^(?:de|du|des|d')$/u.test(foldText(pair.source[index + 1]?.text ?? "")));
    if (s === undefined) return;
    hits.push({
      message: `“${word.text}” is the French adjective “${pair.source[s].text}” used as a noun; English does not add -s to an adjective and names the people (“${word.text.slice(0, -1)} workers”, “those …”).`,
      sourceSpan: { start: pair.source[s - 1].start, end: pair.source[s + 1].end },
      targetSpan: { start: pair.target[t - 1].start, end: of.end },
      key: `calque|nominal-adjective|${word.text}`,
    });
  });
  return hits;
}

/** Hits of the order calques above; `source` is the French text the alignment was built on. */
export function calqueOrderHits(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const pair = pairOf(alignment, target);
  return [...pluralModifiers(pair), ...adjectivesAfterNoun(pair), ...reflexiveAsPassive(source, pair), ...genericArticle(pair), ...inversionAfterWh(pair), ...nominalAdjectives(pair)];
}
