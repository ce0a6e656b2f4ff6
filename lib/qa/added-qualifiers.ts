import type { Span } from "@/lib/text/text";

/**
 * An English claim a translation may slip in ("because of the strike", "the largest ever", "at least
 * 40", "reportedly"), and the French words that may say it. The mirror of dropped-qualifiers: a
 * word or two the gap rules never weigh alone, though it makes the English claim more.
 */
type Qualifier = { target: RegExp; source: RegExp };

const NUMBER_AHEAD = String.raw`(?=\s+(?:\d|a (?:third|quarter|half|dozen|hundred|thousand|million)|half|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred))`;

/** French words or phrases, whole: "\\b" knows no accented letter ("à cause"). */
const frenchWords = (alternatives: string) => new RegExp(String.raw`(?<!\p{L})(?:${alternatives})(?!\p{L})`, "iu");

const QUALIFIERS: readonly Qualifier[] = [
  // A cause: French says it in many ways, a verb ("a entraîné"), a participle or a preposition among them.
  { target: /\b(?:because of|owing to|as a result of)\b/i,
    source: frenchWords(String.raw`(?:entraîn|provoqu|caus|pouss|motiv|expliqu|imput|attribu|résult|découl|contrain|oblig|forc)\p{L}*|conduit|à l['’]origine|à cause|en raison|du fait|suite|faute|grâce|sous l['’]effet|lié|liée|liés|liées|causée?s?|provoquée?s?|dû|due|dus|dues|car|parce|puisque?|vu|compte tenu|étant donné|raison|protest\p{L}*|à la suite|après|face|avec|par|sur fond|dans un contexte|en marge`) },
  // A record or a superlative.
  { target: /\b(?:the (?:largest|biggest|highest|lowest|worst|best|deadliest|strongest|longest) (?:\w+ )?(?:ever|on record|in (?:its|their) history|since)|a record|record(?:-breaking)?|for the first time|unprecedented|all-time)\b/i,
    source: frenchWords(String.raw`record|historique|jamais|inédite?s?|sans précédent|plus|moins|premi[eè]re?|meilleure?s?|pire|maximum|minimum|pic|sommet|plancher|depuis`) },
  // A bound or an approximation put on a figure.
  { target: new RegExp(String.raw`\b(?:at least|nearly|almost|roughly|approximately|more than|fewer than|less than|up to|as many as)${NUMBER_AHEAD}`, "i"),
    source: frenchWords(String.raw`au moins|près|presque|quasi\p{L}*|environ|quelque|plus|moins|à peine|autour|approximativement|de l['’]ordre|une? \p{L}+aines?|milliers?|centaines?|dizaines?|douzaines?|quinzaines?|seulement|jusqu|dessous|deçà|sous|inférieure?s?|supérieure?s?|dépass\p{L}*|excéd\p{L}*`) },
  // A hedge, or the opposite of one.
  { target: /\b(?:reportedly|allegedly|apparently|probably|presumably|suspected|alleged)\b/i,
    source: frenchWords(String.raw`\p{L}+(?:rais|rait|rions|riez|raient)|selon|certaine?\p{L}*|sûrement|doute|d['’]après|présumée?s?|supposée?s?|soupçonnée?s?|suspectée?s?|probable\p{L}*|possible\p{L}*|peut-être|sans doute|vraisemblable\p{L}*|semble\p{L}*|apparem\p{L}*|auteur|mise?s? en cause|accusée?s?|prétendue?s?`) },
  { target: /\b(?:temporarily|partially|partly|provisionally)\b/i,
    source: frenchWords(String.raw`provisoire\p{L}*|temporaire\p{L}*|partiel\p{L}*|en partie|momentané\p{L}*|pour l['’]instant|pour le moment|pour l['’]heure|un temps|partie`) },
];

const ANY_QUALIFIER = new RegExp(QUALIFIERS.map((qualifier) => qualifier.target.source).join("|"), "i");

/**
 * The target's claims of which the source holds no French wording anywhere: "halted on Tuesday
 * because of the strike" against "interrompu mardi".
 */
export function findAddedQualifiers(source: string, target: string): Span[] {
  if (!ANY_QUALIFIER.test(target)) return [];
  const spans: Span[] = [];
  for (const qualifier of QUALIFIERS) {
    const match = qualifier.target.exec(target);
    if (match && !qualifier.source.test(source)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
