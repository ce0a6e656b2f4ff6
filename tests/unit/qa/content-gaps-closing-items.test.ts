import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// An item added at, or dropped from, the end of a list: one side goes on one item past where the other side's list
// closes ("trade, Ukraine [and Taiwan]" for "du commerce et de l'Ukraine"). Each beside a clean
// twin that keeps the French list, in the same words or its own.

/** French, English with an added closing item, that item, a faithful English. */
const ADDED_ITEMS: Array<[string, string, string, string]> = [
  ["Le ministre a évoqué avec les syndicats la sécurité et l'immigration.",
    "The minister discussed security, immigration and housing with the unions.", "and housing",
    "The minister talked about security and immigration with the unions."],
  ["L'usine de Douai fabrique des moteurs et des batteries.",
    "The Douai plant makes engines, batteries and gearboxes.", "and gearboxes",
    "The Douai factory builds engines and batteries."],
  ["Le festival accueillera cet été des artistes de France et du Japon.",
    "This summer the festival will host artists from France, Japan and Brazil.", "and Brazil",
    "This summer the festival will welcome artists from France and Japan."],
];

describe("content-addition: an item closing a list the French had closed", () => {
  it.each(ADDED_ITEMS)("flags the added item in %s", (source, wrong, item) => {
    const texts = findingsOf("content-addition", source, wrong).map((finding) => targetTextOf(finding, wrong));
    expect(texts).toContain(item);
  }, 60_000);

  it.each(ADDED_ITEMS)("stays quiet on the faithful twin of %s", (source, _wrong, _item, right) => {
    expect(findingsOf("content-addition", source, right)).toEqual([]);
  }, 60_000);

  it("stays quiet when the French list has as many items", () => {
    const source = "La compagnie desservira cet été Lisbonne, Porto et Séville.";
    expect(findingsOf("content-addition", source, "This summer the airline will fly to Lisbon, Porto and Seville.")).toEqual([]);
  }, 60_000);
});

/** French, English that stops its list one item early, the French item, a faithful English. */
const DROPPED_ITEMS: Array<[string, string, string, string]> = [
  ["L'entreprise a embauché cette année des ingénieurs, des techniciens et des ouvriers.",
    "This year the company hired engineers and technicians.", "et des ouvriers",
    "This year the company hired engineers, technicians and workers."],
  ["Le gouvernement a présenté mercredi un plan pour les hôpitaux, les écoles et les universités.",
    "On Wednesday the government presented a plan for hospitals and schools.", "et les universités",
    "The government unveiled a plan on Wednesday for hospitals, schools and universities."],
];

describe("content-omission: an item closing a list the English had closed", () => {
  it.each(DROPPED_ITEMS)("flags the dropped item in %s", (source, wrong, item) => {
    const texts = findingsOf("content-omission", source, wrong).map((finding) => sourceTextOf(finding, source));
    expect(texts).toContain(item);
  }, 60_000);

  it.each(DROPPED_ITEMS)("stays quiet on the faithful twin of %s", (source, _wrong, _item, right) => {
    expect(findingsOf("content-omission", source, right)).toEqual([]);
  }, 60_000);
});
