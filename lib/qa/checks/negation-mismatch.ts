import { getLexicon } from "@/lib/word-align/lexicon";
import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { findSourceNegators, findTargetNegators, hasSourceImplicitNegation, hasTargetImplicitNegation, type Negator } from "../negation";
import { normaliseKey } from "../text";
import type { CheckHit, Evidence, SegmentCheck, Span } from "../types";

function span(words: WordAlignment["source"], first: number, last: number): Span {
  return { start: words[first].start, end: words[last].end };
}

/** The negated word's counterpart on the other side, through the alignment. */
function counterpart(alignment: WordAlignment, negator: Negator, fromSource: boolean): { index: number; score: number } | null {
  if (negator.scope === null) return null;
  const link = alignment.links.find((candidate) => (fromSource ? candidate.source : candidate.target) === negator.scope);
  return link ? { index: fromSource ? link.target : link.source, score: link.score } : null;
}

/** Share of content words linked, on the less covered side: a free rendering links few. */
function coverage(alignment: WordAlignment): number {
  const share = (words: WordAlignment["source"], linked: Set<number>) => {
    const content = words.filter((word) => word.isContent).length;
    return content === 0 ? 1 : words.filter((word, index) => word.isContent && linked.has(index)).length / content;
  };
  return Math.min(share(alignment.source, new Set(alignment.links.map((link) => link.source))), share(alignment.target, new Set(alignment.links.map((link) => link.target))));
}

/** Polarity is only compared where the rendering is close enough to be read word for word. */
const MIN_COVERAGE = 0.3;

function isFrenchWord(folded: string): boolean {
  const { lexicon } = getLexicon();
  return lexicon.has(folded) || lexicon.has(`~${wordInfo(folded, "source").stem}`);
}

function quote(text: string, at: Span): string {
  return text.slice(at.start, at.end);
}

export const negationMismatch: SegmentCheck = {
  id: "negation-mismatch",
  category: "accuracy_mistranslation",
  severity: "critical",
  title: "A negative sentence became affirmative, or the reverse",
  run({ source, target }, context): CheckHit[] {
    // Negative questions ask ("Ne pensez-vous pas…?", "Aren't you…?"); their polarity is free in translation.
    if (source.includes("?") || target.includes("?")) return [];
    const alignment = context.alignment();
    const sourceNegators = findSourceNegators(source, alignment.source);
    const targetNegators = findTargetNegators(target, alignment.target);
    if ((sourceNegators.length === 0) === (targetNegators.length === 0)) return [];
    if (sourceNegators.length > 0) {
      if (hasTargetImplicitNegation(alignment.target)) return [];
      const negator = sourceNegators[0];
      const sourceSpan = span(alignment.source, negator.first, negator.last);
      const other = counterpart(alignment, negator, true);
      if (!other && coverage(alignment) < MIN_COVERAGE) return [];
      const targetSpan = other ? span(alignment.target, other.index, other.index) : { start: 0, end: target.length };
      const evidence: Evidence = { links: [{ source: sourceSpan, target: other ? targetSpan : null, score: other?.score ?? 0 }] };
      const where = other ? `“${quote(target, targetSpan)}” is affirmative` : "the target has no negation";
      return [{ message: `The source is negative (“${quote(source, sourceSpan)}”), but ${where}: the meaning is reversed.`, sourceSpan, targetSpan, key: `negative-source|${normaliseKey(quote(source, sourceSpan))}`, evidence }];
    }
    if (hasSourceImplicitNegation(alignment.source, isFrenchWord)) return [];
    const negator = targetNegators[0];
    const targetSpan = span(alignment.target, negator.first, negator.last);
    const other = counterpart(alignment, negator, false);
    if (!other && coverage(alignment) < MIN_COVERAGE) return [];
    const sourceSpan = other ? span(alignment.source, other.index, other.index) : { start: 0, end: source.length };
    const evidence: Evidence = { links: [{ source: other ? sourceSpan : null, target: targetSpan, score: other?.score ?? 0 }] };
    const where = other ? `the source “${quote(source, sourceSpan)}” is affirmative` : "the source has no negation";
    return [{ message: `The target adds a negation (“${quote(target, targetSpan)}”), but ${where}: the meaning is reversed.`, sourceSpan, targetSpan, key: `negative-target|${normaliseKey(quote(target, targetSpan))}`, evidence }];
  },
};
