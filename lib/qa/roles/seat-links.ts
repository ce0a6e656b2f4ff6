import type { WordAlignment, WordLink } from "@/lib/word-align/types";
import { COUNTRIES } from "@/lib/text/countries";
import { foldText, normaliseApostrophes } from "@/lib/text/text";
import { strongLinks } from "./role-markers";

const folded = (text: string) => foldText(normaliseApostrophes(text)).toLowerCase();
/** Each French seat of power (folded) to its country's English names: looked up for every capital a pair leaves unlinked. */
const COUNTRY_NAMES_BY_SEAT = new Map(COUNTRIES.flatMap((country) => country.seats.french.map((seat) => [seat, new Set(country.english.map(folded))] as const)));

/**
 * The alignment with each seat of power the aligner left alone linked to its country's English name,
 * if that is left alone too: "Erevan a accusé Bakou" → "Armenia accused Azerbaijan", where news names
 * a state by its capital and English by the country. Kept to the role readers: a city is not its
 * country for the other checks ("championne olympique à Paris" is not rendered by "France").
 */
export function withSeatLinks(alignment: WordAlignment): WordAlignment {
  const strong = strongLinks(alignment);
  const [linkedSource, linkedTarget] = [new Set(strong.map((link) => link.source)), new Set(strong.map((link) => link.target))];
  const added: WordLink[] = [];
  alignment.source.forEach((word, source) => {
    if (linkedSource.has(source) || !/^\p{Lu}/u.test(word.text)) return;
    const names = COUNTRY_NAMES_BY_SEAT.get(folded(word.text));
    if (!names) return;
    const free = alignment.target.flatMap((other, target) => (!linkedTarget.has(target) && names.has(folded(other.text)) && !added.some((link) => link.target === target) ? [target] : []));
    // Of the country's free names, the one at the nearest place in its sentence.
    const place = (index: number, length: number) => index / Math.max(1, length - 1);
    const nearest = free.sort((a, b) => Math.abs(place(a, alignment.target.length) - place(source, alignment.source.length)) - Math.abs(place(b, alignment.target.length) - place(source, alignment.source.length)))[0];
    if (nearest !== undefined) added.push({ source, target: nearest, score: 0.9 });
  });
  return added.length === 0 ? alignment : { ...alignment, links: [...alignment.links, ...added] };
}
