import { describe, expect, it } from "vitest";
import { buildQeMessages, qeErrorsToFindings } from "@/lib/quality-estimation/qe-findings";

const PAIRS = [
  { id: "seg-a", source: "L'ONU prend ses distances avec la lettre.", target: "Distancing yourself from the UN letter." },
  { id: "seg-b", source: "Personne n'a été blessé.", target: "Someone was injured." },
];

describe("quality-estimation answers", () => {
  it("numbers the pairs in the request and asks for JSON", () => {
    const [system, user] = buildQeMessages(PAIRS);
    expect(system.content).toMatch(/JSON only/);
    expect(JSON.parse(user.content)).toEqual([
      { id: "1", source: PAIRS[0].source, target: PAIRS[0].target },
      { id: "2", source: PAIRS[1].source, target: PAIRS[1].target },
    ]);
  });

  it.each([
    ["Accuracy/Mistranslation", "accuracy_mistranslation"],
    ["accuracy - omission", "accuracy_omission"],
    ["Fluency/Grammar", "linguistic_grammar"],
    ["fluency", "style"],
    ["Locale convention", "locale_conventions"],
    ["something else", "accuracy_mistranslation"],
  ])("maps the category %j to %s", (category, expected) => {
    const { findings } = qeErrorsToFindings([{ id: 2, target_span: "Someone", category, severity: "critical" }], PAIRS, "m");
    expect(findings[0]).toMatchObject({ segmentId: "seg-b", checkId: "llm-qe", category: expected, severity: "critical", targetSpan: { start: 0, end: 7 } });
  });

  it("drops spans that are not in the text, unknown ids and malformed entries, and counts them", () => {
    const { findings, dropped } = qeErrorsToFindings([
      { id: "1", target_span: "Distancing yourself", source_span: "L'ONU prend ses distances", category: "accuracy/mistranslation", severity: "major", explanation: "Wrong subject." },
      { id: "1", target_span: "the UN distances itself", category: "accuracy/mistranslation" },
      { id: "2", target_span: "Someone", source_span: "Nobody", category: "accuracy/mistranslation" },
      { id: "9", target_span: "Someone" },
      "not an object",
      { id: "2", target_span: "", source_span: "" },
    ], PAIRS, "qwen2.5");
    expect(dropped).toBe(5);
    expect(findings).toEqual([{
      segmentId: "seg-a", checkId: "llm-qe", category: "accuracy_mistranslation", severity: "major",
      message: "Quality-estimation model qwen2.5: Wrong subject.",
      sourceSpan: { start: 0, end: 25 }, targetSpan: { start: 0, end: 19 },
      fingerprint: "llm-qe:accuracy_mistranslation|distancing yourself",
    }]);
  });

  it("keeps an omission reported on the source side only", () => {
    const { findings } = qeErrorsToFindings([{ id: "1", target_span: "", source_span: "prend ses distances", category: "omission", severity: "major" }], PAIRS, "m");
    expect(findings[0]).toMatchObject({ category: "accuracy_omission", targetSpan: null, sourceSpan: { start: 6, end: 25 } });
  });
});
