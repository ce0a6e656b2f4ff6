import { describe, expect, it } from "vitest";
import { logRatio } from "@/lib/qa/gaps/length-ratio";
import type { DocumentStats } from "@/lib/qa/types";
import { findingsOf, targetTextOf } from "./helpers";

// A prepositional phrase closing its English clause right after a rendered word, where the French
// clause of that word's counterpart ends with nothing left unrendered: added, though the target is
// no longer than usual.

/** A document whose English runs as long as this pair's: the target is no longer than usual. */
const usualLength = (source: string, target: string): DocumentStats => ({ medianLogRatio: logRatio({ id: "x", source, target })!, madLogRatio: 0.1, count: 50 });

describe("content-addition on a phrase closing a rendered clause", () => {
  it.each([
    ["La Banque d'Angleterre a relevé jeudi son taux directeur à 5,25 %, son plus haut niveau depuis 2008.",
      "The Bank of England raised its key interest rate to 5.25% on Thursday in a split decision, its highest level since 2008.", "in a split decision"],
    ["Le constructeur va supprimer 1 200 postes en France, a annoncé mardi sa direction.",
      "The carmaker will cut 1,200 jobs in France through voluntary redundancies, its management announced on Tuesday.", "through voluntary redundancies"],
  ])("flags “%s” rendered as “%s”", (source, target, added) => {
    const [finding, ...rest] = findingsOf("content-addition", source, target, { documentStats: usualLength(source, target) });
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(added);
  });

  it.each([
    // The French says it elsewhere, in a phrase of its own the English moved.
    ["Par un scrutin serré, la Banque d'Angleterre a relevé jeudi son taux directeur à 5,25 %, son plus haut niveau depuis 2008.",
      "The Bank of England raised its key interest rate to 5.25% on Thursday in a split decision, its highest level since 2008."],
    // Much of the French left unrendered: the alignment is too loose to say the phrase has no source.
    ["Fragilisé, lourdement endetté, vivement contesté, le constructeur va supprimer 1 200 postes en France, a annoncé mardi sa direction.",
      "The carmaker will cut 1,200 jobs in France through voluntary redundancies, its management announced on Tuesday."],
  ])("accepts “%s” rendered as “%s”", (source, target) => {
    expect(findingsOf("content-addition", source, target, { documentStats: usualLength(source, target) })).toEqual([]);
  });
});
