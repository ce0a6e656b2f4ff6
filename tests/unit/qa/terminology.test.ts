import { describe, expect, it } from "vitest";
import { runChecks } from "@/lib/qa/run-checks";
import type { GlossaryEntry } from "@/lib/qa/types";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

const GLOSSARY: GlossaryEntry[] = [
  { id: "g-hc", sourceTerm: "Haut-Commissaire", targetTerms: ["High Commissioner"], kind: "term" },
  { id: "g-colony", sourceTerm: "colonie", targetTerms: ["settlement", "colony"], kind: "term" },
  { id: "g-policy", sourceTerm: "politique", targetTerms: ["policy"], kind: "term" },
];

describe("terminology", () => {
  it.each([
    ["Il a écrit au Haut-Commissaire.", "He wrote to the High Commissioner."],
    ["Les colonies se sont étendues.", "The settlements have expanded."],
    ["Ses politiques ont échoué.", "His policies failed."],
    ["Il a écrit au commissaire.", "He wrote to the commissioner."],
  ])("accepts a required rendering or an absent term: %s", (source, target) => {
    expect(findingsOf("terminology", source, target, { glossary: GLOSSARY })).toEqual([]);
  });

  it("flags a glossary term without its required rendering", () => {
    const source = "Il a écrit au Haut-Commissaire des Nations unies.";
    const [finding] = findingsOf("terminology", source, "He wrote to the UN human rights chief.", { glossary: GLOSSARY });
    expect(sourceTextOf(finding, source)).toBe("Haut-Commissaire");
    expect(finding.message).toBe("The glossary term “Haut-Commissaire” should be rendered as “High Commissioner”, which the target lacks.");
  });
});

describe("term-consistency", () => {
  const pairs = [
    { id: "1", source: "La colonie s'étend.", target: "The settlement is expanding." },
    { id: "2", source: "Une nouvelle colonie a été approuvée.", target: "A new settlement was approved." },
    { id: "3", source: "La colonie a été évacuée.", target: "The colony was evacuated." },
  ];

  it("flags the segment that uses a minority rendering", () => {
    const findings = runChecks(pairs, { glossary: GLOSSARY }).filter((finding) => finding.checkId === "term-consistency");
    expect(findings.map((finding) => [finding.segmentId, targetTextOf(finding, pairs[2].target)])).toEqual([["3", "colony"]]);
    expect(findings[0].message).toBe("“colonie” is rendered “colony” here but “settlement” in 2 other segments.");
  });

  it("accepts two forms of one rendering, such as a noun and its adjective", () => {
    const glossary: GlossaryEntry[] = [{ id: "g-ind", sourceTerm: "indépendance", targetTerms: ["independence", "independent"], kind: "term" }];
    const forms = [
      { id: "1", source: "Le pays obtint son indépendance en 1960.", target: "The country gained independence in 1960." },
      { id: "2", source: "L'indépendance fut proclamée en 1962.", target: "Independence was proclaimed in 1962." },
      { id: "3", source: "Il accéda à l'indépendance en 1975.", target: "It became independent in 1975." },
    ];
    expect(runChecks(forms, { glossary }).filter((finding) => finding.checkId === "term-consistency")).toEqual([]);
  });

  it("accepts a document that always uses the same rendering", () => {
    const consistent = pairs.slice(0, 2);
    expect(runChecks(consistent, { glossary: GLOSSARY }).filter((finding) => finding.checkId === "term-consistency")).toEqual([]);
  });
});
