import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// Qualifiers that change what a news sentence claims, weighed alone: a sentence's kind ("avec sursis"),
// mainland France ("en métropole"), a claim of the unusual ("unusually hot") or of figures not yet
// final ("preliminary figures"). Each beside a faithful twin, and one where the other side says it too.

/** French, English without the French qualifier, the qualifier, a faithful English. */
const DROPPED: Array<[string, string, string, string]> = [
  ["Le tribunal l'a condamné à deux ans de prison avec sursis pour fraude fiscale.",
    "The court sentenced him to two years in prison for tax fraud.", "avec sursis",
    "The court gave him a two-year suspended prison sentence for tax fraud."],
  ["C'est le troisième cas de dengue autochtone recensé en métropole cette année.",
    "It is the third locally acquired case of dengue recorded this year.", "en métropole",
    "It is the third locally acquired dengue case recorded in mainland France this year."],
];

/** French, English with an added qualifier, the qualifier, a faithful English. */
const ADDED: Array<[string, string, string, string]> = [
  ["Les vendanges ont commencé dans le Bordelais après un été chaud et sec.",
    "The grape harvest has begun in the Bordeaux region after an unusually hot, dry summer.", "unusually",
    "The grape harvest has got under way in the Bordeaux region after a hot, dry summer."],
  ["Selon les chiffres de l'Insee, le produit intérieur brut a progressé de 0,3 % au troisième trimestre.",
    "According to preliminary Insee figures, gross domestic product grew by 0.3% in the third quarter.", "preliminary",
    "According to Insee figures, gross domestic product rose by 0.3% in the third quarter."],
];

describe("content-omission: a dropped qualifier of a sentence or of a place", () => {
  it.each(DROPPED)("flags %s", (source, wrong, qualifier) => {
    expect(findingsOf("content-omission", source, wrong).map((finding) => sourceTextOf(finding, source))).toContain(qualifier);
  }, 60_000);

  it.each(DROPPED)("stays quiet on the faithful twin of %s", (source, _wrong, _qualifier, right) => {
    expect(findingsOf("content-omission", source, right)).toEqual([]);
  }, 60_000);
});

describe("content-addition: an added claim of the unusual or of provisional figures", () => {
  it.each(ADDED)("flags %s", (source, wrong, qualifier) => {
    const texts = findingsOf("content-addition", source, wrong).map((finding) => targetTextOf(finding, wrong) ?? "");
    expect(texts.some((text) => text.includes(qualifier))).toBe(true);
  }, 60_000);

  it.each(ADDED)("stays quiet on the faithful twin of %s", (source, _wrong, _qualifier, right) => {
    expect(findingsOf("content-addition", source, right)).toEqual([]);
  }, 60_000);

  it("stays quiet when the French says it its own way", () => {
    expect(findingsOf("content-addition", "Les vendanges ont commencé après un été exceptionnellement chaud.",
      "The grape harvest began after an unusually hot summer.")).toEqual([]);
    expect(findingsOf("content-addition", "Selon les résultats provisoires, le candidat sortant l'emporte.",
      "According to preliminary results, the incumbent has won.")).toEqual([]);
  }, 60_000);
});
