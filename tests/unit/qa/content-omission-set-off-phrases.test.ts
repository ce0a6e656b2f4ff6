import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// A phrase set off by commas inside the sentence (", le plus long jamais enregistré,") with no room for it
// in the English and none of its words rendered anywhere is left out, even when the rest of the
// English runs no shorter than usual: a faithful rendering's own length hides the words it lost.

/** French, English without the phrase, the phrase, a faithful English. */
const DROPPED_PHRASES: Array<[string, string, string, string]> = [
  ["Le cyclone Freddy, le plus long jamais enregistré, a fait plus de 500 morts au Malawi et au Mozambique, selon les Nations unies.",
    "Cyclone Freddy has killed more than 500 people in Malawi and Mozambique, according to the United Nations.", "le plus long jamais enregistré",
    "Cyclone Freddy, the longest ever recorded, has killed more than 500 people in Malawi and Mozambique, according to the United Nations."],
  ["La ministre a inauguré lundi le viaduc de Térénez, le plus long ouvrage courbe du pays, en présence de nombreux élus locaux.",
    "The minister officially opened the Térénez viaduct on Monday in the presence of many local elected officials.", "le plus long ouvrage courbe du pays",
    "The minister opened the Térénez viaduct, the longest curved structure in the country, on Monday in the presence of many local elected officials."],
];

describe("content-omission of a phrase set off by commas", () => {
  it.each(DROPPED_PHRASES)("reports a phrase the English renders nowhere, in a target of usual length: %s", (source, target, phrase) => {
    const found = findingsOf("content-omission", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toContain(phrase);
  });

  it.each(DROPPED_PHRASES)("is quiet when the English renders the phrase: %s", (source, _target, _phrase, faithful) => {
    expect(findingsOf("content-omission", source, faithful)).toEqual([]);
  });
});
