import type { WordAlignment } from "@/lib/word-align/types";
import { findAddedNames } from "./unmatched-names";
import { FRENCH_DEMONYM_ENDING } from "./entity-stems";
import { unexplainedContent } from "./unexplained-content";

/** A name made a modifier by a participle: "a Marseille-linked ring", "a Kyiv-based charity", "Saudi-backed forces". */
const NAME_MODIFIER_SOURCE = String.raw`\p{Lu}[\p{L}'’]+-(?:linked|based|backed|led|born|owned|funded|run|allied|affiliated)`;
const NAME_MODIFIER = new RegExp(`^${NAME_MODIFIER_SOURCE}$`, "u");
/** The same, anywhere in a text: the cheap test before the alignment is asked for. */
const HAS_NAME_MODIFIER = new RegExp(`${NAME_MODIFIER_SOURCE}\\b`, "u");

/**
 * Names the target adds as a modifier of a noun, which the source names nowhere ("a Marseille-linked
 * cocaine ring" for "un réseau de trafic de cocaïne"): one word, too short for an added phrase. Spans
 * in the target; the alignment is asked for only when the target holds such a word.
 */
export function findAddedNameModifiers(source: string, target: string, alignment: () => WordAlignment): Array<{ start: number; end: number }> {
  if (!HAS_NAME_MODIFIER.test(target)) return [];
  const aligned = alignment();
  const modifiers = findAddedNames(source, target, aligned).map((index) => aligned.target[index]).filter((word) => NAME_MODIFIER.test(word.text));
  // "l'établissement sédunois" → "the Sion-based bank", "le constructeur guipuscoan CAF" → "Gipuzkoa-based manufacturer CAF": a French
  // adjective of place no dictionary renders names the place English makes a modifier. "-an(e)" is the ending of "guipuscoan", "toscane";
  // a common noun of that ending ("paysans") has a rendering.
  const linked = new Set(aligned.links.map((link) => link.source));
  const isPlaceAdjective = (index: number) => {
    const word = aligned.source[index].text;
    return !linked.has(index) && /^\p{Ll}{5,}$/u.test(word) && (FRENCH_DEMONYM_ENDING.test(word) || /ane?s?$/.test(word)) &&
      unexplainedContent({ first: index, last: index }, aligned, "source") === 1;
  };
  const placeAdjectives = modifiers.length === 0 ? 0 : aligned.source.filter((_, index) => isPlaceAdjective(index)).length;
  return modifiers.slice(placeAdjectives).map((word) => ({ start: word.start, end: word.end }));
}
