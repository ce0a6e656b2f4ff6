import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// A clause ending the sentence after a comma, after which the English says nothing more, none of
// whose words the English renders anywhere, is left out even when the target is only somewhat
// shorter than usual: a rendering condensed or moved up would keep some of its words.

/** French, English without the tail, the tail, a faithful English. */
const DROPPED_TAILS: Array<[string, string, string, string]> = [
  ["La statue, estimée entre 2 et 3 millions d'euros, a été vendue 4,2 millions jeudi soir chez Sotheby's à Londres, à un musée texan qui enchérissait en ligne.",
    "The statue, estimated at €2 million to €3 million, sold for €4.2 million at Sotheby's in London on Thursday evening.",
    "à un musée texan qui enchérissait en ligne",
    "The statue, estimated at €2 million to €3 million, sold for €4.2 million at Sotheby's in London on Thursday evening to a Texas museum bidding online."],
  ["Le tribunal a condamné mercredi l'ancien maire à deux ans de prison avec sursis, une décision jugée clémente par les associations.",
    "On Wednesday the court sentenced the town's former mayor to a suspended prison term of two years.",
    "une décision jugée clémente par les associations",
    "On Wednesday the court sentenced the former mayor to a two-year suspended prison term, a decision associations deemed lenient."],
];

describe("content-omission of a clause ending the sentence", () => {
  it.each(DROPPED_TAILS)("reports a tail the English renders nowhere: %s", (source, target, tail) => {
    const found = findingsOf("content-omission", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toContain(tail);
  });

  it.each(DROPPED_TAILS)("is quiet when the English renders the tail: %s", (source, _target, _tail, faithful) => {
    expect(findingsOf("content-omission", source, faithful)).toEqual([]);
  });
});
