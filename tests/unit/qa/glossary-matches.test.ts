import { describe, expect, it } from "vitest";
import { findGlossaryMatches } from "@/lib/qa/glossary-matches";
import type { GlossaryEntry } from "@/lib/qa/types";

const GLOSSARY: GlossaryEntry[] = [
  { id: "g1", kind: "term", sourceTerm: "Haut-Commissariat", targetTerms: ["High Commissioner's Office", "OHCHR"] },
  { id: "g2", kind: "term", sourceTerm: "bande de Gaza", targetTerms: ["Gaza Strip"], note: "Never just “the Strip”" },
  { id: "g3", kind: "term", sourceTerm: "Cisjordanie", targetTerms: ["West Bank"] },
];

const slice = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

describe("findGlossaryMatches", () => {
  it("finds each French term with its English rendering, in source order", () => {
    const source = "Les bombardements sur la bande de Gaza, selon le Haut-Commissariat.";
    const target = "The bombing of the Gaza Strip, according to the High Commissioner's Office.";
    const matches = findGlossaryMatches(source, target, GLOSSARY);
    expect(matches.map((match) => [match.entryId, slice(source, match.sourceSpan), slice(target, match.targetSpan)])).toEqual([
      ["g2", "bande de Gaza", "Gaza Strip"],
      ["g1", "Haut-Commissariat", "High Commissioner's Office"],
    ]);
    expect(matches[0].note).toBe("Never just “the Strip”");
  });

  it("keeps a term whose rendering the English lacks, with no English span", () => {
    const source = "Il a dénoncé la situation en Cisjordanie.";
    const [match, ...rest] = findGlossaryMatches(source, "He denounced the situation in the occupied territories.", GLOSSARY);
    expect(rest).toEqual([]);
    expect([slice(source, match.sourceSpan), match.targetSpan]).toEqual(["Cisjordanie", null]);
  });

  it("ignores case and accents, and role-reversal rules", () => {
    const source = "LA CISJORDANIE et l'offensive israélienne.";
    const glossary: GlossaryEntry[] = [...GLOSSARY, { id: "r1", kind: "role_reversal", sourceTerm: "offensive", targetTerms: [] }];
    expect(findGlossaryMatches(source, "the west bank", glossary).map((match) => [match.entryId, match.targetSpan])).toEqual([["g3", { start: 4, end: 13 }]]);
  });
});
