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
    const alignment = context.alignment();
    const sourceNegators = findSourceNegators(source, alignment.source);
    const targetNegators = findTargetNegators(target, alignment.target);
    if ((sourceNegators.length === 0) === (targetNegators.length === 0)) return [];
    if (sourceNegators.length > 0) {
      if (hasTargetImplicitNegation(alignment.target)) return [];
      const negator = sourceNegators[0];
      const sourceSpan = span(alignment.source, negator.first, negator.last);
      const other = counterpart(alignment, negator, true);
      const targetSpan = other ? span(alignment.target, other.index, other.index) : { start: 0, end: target.length };
      const evidence: Evidence = { links: [{ source: sourceSpan, target: other ? targetSpan : null, score: other?.score ?? 0 }] };
      const where = other ? `“${quote(target, targetSpan)}” is affirmative` : "the target has no negation";
      return [{ message: `The source is negative (“${quote(source, sourceSpan)}”), but ${where}: the meaning is reversed.`, sourceSpan, targetSpan, key: `negative-source|${normaliseKey(quote(source, sourceSpan))}`, evidence }];
    }
    if (hasSourceImplicitNegation(alignment.source, isFrenchWord)) return [];
    const negator = targetNegators[0];
    const targetSpan = span(alignment.target, negator.first, negator.last);
    const other = counterpart(alignment, negator, false);
    const sourceSpan = other ? span(alignment.source, other.index, other.index) : { start: 0, end: source.length };
    const evidence: Evidence = { links: [{ source: other ? sourceSpan : null, target: targetSpan, score: other?.score ?? 0 }] };
    const where = other ? `the source “${quote(source, sourceSpan)}” is affirmative` : "the source has no negation";
    return [{ message: `The target adds a negation (“${quote(target, targetSpan)}”), but ${where}: the meaning is reversed.`, sourceSpan, targetSpan, key: `negative-target|${normaliseKey(quote(target, targetSpan))}`, evidence }];
  },
};
