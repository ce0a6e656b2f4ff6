import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// A phrase set off by commas, none of whose words the English renders anywhere, is left out even
// when the English puts the speaker first and the aligner's anchors cross: it is found by its commas.

/** French, English without the phrase and with the speaker moved to the front, the phrase, a faithful English. */
const DROPPED_PHRASES: Array<[string, string, string, string]> = [
  ["L'Espagne consacrera 3 % de son budget à la recherche en 2026, la part la plus faible parmi les grands pays européens, a annoncé lundi la ministre des Sciences, Diana Morant.",
    "Science Minister Diana Morant announced on Monday that Spain would spend 3% of its budget on research in 2026.",
    "la part la plus faible parmi les grands pays européens",
    "Spain will spend 3% of its budget on research in 2026, the smallest share among the major European countries, Science Minister Diana Morant announced on Monday."],
  ["Le Portugal a accueilli 30 millions de touristes en 2024, un chiffre jamais atteint depuis la création des statistiques nationales, a indiqué mercredi le secrétaire d'État au Tourisme, Pedro Machado.",
    "Pedro Machado said on Wednesday that Portugal welcomed 30 million tourists in 2024.",
    "un chiffre jamais atteint depuis la création des statistiques nationales",
    "Portugal welcomed 30 million tourists in 2024, a figure never reached since national statistics began, Secretary of State for Tourism Pedro Machado said on Wednesday."],
];

describe("content-omission of a phrase set off by commas in a reordered sentence", () => {
  it.each(DROPPED_PHRASES)("reports the phrase: %s", (source, target, phrase) => {
    const found = findingsOf("content-omission", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toContain(phrase);
  });

  it.each(DROPPED_PHRASES)("is quiet when the English renders the phrase: %s", (source, _target, _phrase, faithful) => {
    expect(findingsOf("content-omission", source, faithful)).toEqual([]);
  });
});
