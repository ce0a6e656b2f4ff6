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

// A member opening the run ("and referred the case to prosecutors"), the rest of which is a phrase
// going on into rendered words ("after an anglers' [association]"): that phrase renders the French
// there, the member nothing.
const CLOSURE = "La préfecture a ordonné la fermeture d'une usine du Rhône après la diffusion par une association de pêcheurs d'images montrant des rejets toxiques dans le fleuve.";

describe("content-addition on a member opening an unlinked run", () => {
  it("flags the member the French has no room for", () => {
    const target = "The prefecture has ordered a factory in the Rhône to close and referred the case to prosecutors after an anglers' association released footage showing toxic discharges into the river.";
    const [finding, ...rest] = findingsOf("content-addition", CLOSURE, target, { documentStats: slightlyLonger(CLOSURE, target) });
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe("and referred the case to prosecutors");
  });

  it.each([
    ["the faithful rendering", CLOSURE,
      "The prefecture has ordered a factory in the Rhône to close after an anglers' association released footage showing toxic discharges into the river."],
    ["a French that says it",
      "La préfecture a ordonné la fermeture d'une usine du Rhône et saisi la justice après la diffusion par une association de pêcheurs d'images montrant des rejets toxiques dans le fleuve.",
      "The prefecture has ordered a factory in the Rhône to close and referred the case to prosecutors after an anglers' association released footage showing toxic discharges into the river."],
  ])("accepts %s", (_, source, target) => {
    expect(findingsOf("content-addition", source, target, { documentStats: slightlyLonger(source, target) })).toEqual([]);
  });
});
