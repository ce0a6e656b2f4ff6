import { describe, expect, it } from "vitest";
import { logRatio } from "@/lib/qa/gaps/length-ratio";
import type { DocumentStats } from "@/lib/qa/types";
import { findingsOf, targetTextOf } from "./helpers";

// A prepositional phrase inside a run of unlinked English words, the rest of which renders what the
// French holds there ("off the Scilly Isles … during a delivery trip" for "au large des Sorlingues
// lors d'un convoyage"): added when none of its words has a rendering anywhere in the French and the
// French has nothing left unrendered near it.

/** A document whose usual English runs a little shorter than this pair's (e^0.15 ≈ 1.16 times). */
const slightlyLonger = (source: string, target: string): DocumentStats => ({ medianLogRatio: logRatio({ id: "x", source, target })! - 0.15, madLogRatio: 0.1, count: 50 });

const SOURCE = "Le catamaran a chaviré au large des Sorlingues lors d'un convoyage, mais les trois skippers, indemnes, ont pu être hélitreuillés par les secours britanniques, a indiqué l'organisateur.";

describe("content-addition on a phrase inside an unlinked run", () => {
  it("flags the phrase the French has no room for", () => {
    const target = "The catamaran capsized off the Scilly Isles after striking a floating container during a delivery trip, but all three sailors were winched to safety unharmed by British rescuers, the organiser said.";
    const [finding, ...rest] = findingsOf("content-addition", SOURCE, target, { documentStats: slightlyLonger(SOURCE, target) });
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe("after striking a floating container");
  });

  it.each([
    ["the faithful rendering", SOURCE,
      "The catamaran capsized off the Scilly Isles during a delivery trip, but all three sailors were winched to safety unharmed by British rescuers, the organiser said."],
    ["a French that says it in words of its own",
      "Le catamaran a chaviré au large des Sorlingues lors d'une collision nocturne avec un objet flottant non identifié, mais les trois skippers, indemnes, ont pu être hélitreuillés, a indiqué l'organisateur.",
      "The catamaran capsized off the Scilly Isles after striking a floating container during a delivery trip, but all three sailors were winched to safety unharmed, the organiser said."],
  ])("accepts %s", (_, source, target) => {
    expect(findingsOf("content-addition", source, target, { documentStats: slightlyLonger(source, target) })).toEqual([]);
  });
});
