// The meaning-error injector. It is not the detector: it reads only the English target (and the French
// only to keep an added or swapped-in word from being there already) and uses nothing from lib/qa.
import type { SegmentPair } from "@/lib/qa/types";
import type { Random } from "../qa/random";
import { applyEdit, type Edit, type InjectContext, type MeaningKind } from "./edit";
import { additionEdits, omissionEdits } from "./inject-clauses";
import { grammarEdits } from "./inject-grammar";
import { entityEdits, negationEdits } from "./inject-polarity";
import { roleReversalEdits } from "./inject-roles";

export type { InjectContext, MeaningKind } from "./edit";

/**
 * The Recto check ids that count as catching each kind: any one of them on the pair is a catch.
 */
export const EXPECTED_CHECKS: Record<MeaningKind, readonly string[]> = {
  "role-reversal": ["role-reversal"],
  negation: ["negation-mismatch"],
  omission: ["omission", "content-omission"],
  addition: ["addition", "content-addition"],
  entity: ["entity-mismatch", "name-mismatch"],
  grammar: ["grammar", "french-convention"],
};

export const MEANING_KINDS = Object.keys(EXPECTED_CHECKS) as MeaningKind[];
/** Kinds that change what the sentence says (grammar changes only how it reads). */
export const MEANING_ONLY_KINDS: readonly MeaningKind[] = ["role-reversal", "negation", "omission", "addition", "entity"];

/** The answer key of one injection: which pair, what kind, which checks should speak, what changed. */
export type Injection = {
  pair: SegmentPair;
  kind: MeaningKind;
  variant: string;
  expectedChecks: readonly string[];
  /** The changed stretch of the target, before and after. */
  before: string;
  after: string;
};

/** Every edit of `kind` that the pair allows, before any random choice. */
export function findEdits(kind: MeaningKind, pair: SegmentPair, context: InjectContext): Edit[] {
  switch (kind) {
    case "role-reversal": return roleReversalEdits(pair.target, context);
    case "negation": return negationEdits(pair.target);
    case "omission": return omissionEdits(pair.target);
    case "addition": return additionEdits(pair.source, pair.target, context);
    case "entity": return entityEdits(pair.source, pair.target, context);
    case "grammar": return grammarEdits(pair.target);
  }
}

/**
 * One injected error of `kind`, or null when the pair allows none: of `variant` when given, else of a
 * random variant the pair allows; then a random edit of that variant.
 */
export function injectMeaning(kind: MeaningKind, pair: SegmentPair, random: Random, context: InjectContext, wanted?: string): Injection | null {
  const edits = findEdits(kind, pair, context).filter((edit) => wanted === undefined || edit.variant === wanted);
  if (edits.length === 0) return null;
  const variants = [...new Set(edits.map((edit) => edit.variant))];
  const variant = random.pick(variants);
  const chosen = random.pick(edits.filter((edit) => edit.variant === variant));
  const target = applyEdit(pair.target, chosen);
  if (target === pair.target) return null;
  return {
    pair: { ...pair, target },
    kind,
    variant,
    expectedChecks: EXPECTED_CHECKS[kind],
    before: pair.target.slice(chosen.start, chosen.end),
    after: chosen.replacement,
  };
}
