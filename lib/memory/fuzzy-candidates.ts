/**
 * Candidates for a fuzzy look-up of a whole sentence (decision 017): pg_trgm's `%` over a
 * sentence's ~100 trigrams costs seconds on 1M segments, so candidates come from the full-text
 * GIN index instead, through the sentence's rarest lexemes, and pg_trgm similarity scores them.
 */

/**
 * Lexemes a candidate is looked up by: the index's rare ones, longest first. Six give 15 pairs: the
 * GIN scan tests each item of their posting lists against every pair, and eight (28 pairs) cost
 * about twice as much on 1M segments (bench memory); a sentence with two words changed keeps four.
 */
export const MAX_CANDIDATE_LEXEMES = 6;

/** A lexeme as a tsquery literal: quoted, its quotes and backslashes escaped. */
export function tsqueryLiteral(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * The tsquery text "any two of these lexemes" (any one of them when there are two or fewer), or
 * null when there are none. Two of up to six rare lexemes keep the candidates to tens of rows,
 * and a sentence with a word changed and another dropped still shares several.
 */
export function anyTwoOf(lexemes: string[]): string | null {
  const unique = [...new Set(lexemes)].slice(0, MAX_CANDIDATE_LEXEMES).map(tsqueryLiteral);
  if (unique.length === 0) return null;
  if (unique.length <= 2) return unique.join(" | ");
  const pairs: string[] = [];
  for (let a = 0; a < unique.length; a += 1) for (let b = a + 1; b < unique.length; b += 1) pairs.push(`(${unique[a]} & ${unique[b]})`);
  return pairs.join(" | ");
}

/**
 * The tsquery text "all of these lexemes", or null when there are none: a segment that matches a
 * query of only ANDs holds every lexeme of it, so the rare ones select it, through short posting
 * lists, before the whole query is tested on those few rows.
 */
export function allOf(lexemes: string[]): string | null {
  const unique = [...new Set(lexemes)].map(tsqueryLiteral);
  return unique.length > 0 ? unique.join(" & ") : null;
}
