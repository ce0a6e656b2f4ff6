import { describe, expect, it } from "vitest";
import {
  computeMqmScore,
  countWords,
  MQM_CATEGORIES,
  MQM_CATEGORY_IDS,
  MQM_SEVERITIES,
  type ScoredIssue,
} from "@/lib/review/mqm-score";

describe("countWords", () => {
  it.each([
    ["fr", "Craig Mokhiber a démissionné fin octobre pour dénoncer les bombardements israéliens sur Gaza.", 13],
    ["fr", "« l’armée israélienne », a-t-il écrit.", 6],
    ["en", "Israel's offensive against Gaza — 7 October.", 6],
    ["en", "   \n\n ", 0],
    ["fr", "", 0],
  ])("counts %s words in %j as %i", (language, text, expected) => {
    expect(countWords(text, language)).toBe(expected);
  });
});

describe("computeMqmScore", () => {
  const major: ScoredIssue = { category: "accuracy_mistranslation", severity: "major", status: "open" };

  it.each<[string, ScoredIssue[], number, number | null, number | null, number]>([
    ["no issues", [], 200, 100, 0, 0],
    ["one major mistranslation", [major], 200, 97.5, 25, 5],
    ["minor + major + critical", [major, { category: "style", severity: "minor" }, { category: "terminology", severity: "critical" }], 1000, 96.9, 31, 31],
    ["resolved issues still count", [{ ...major, status: "resolved" }], 100, 95, 50, 5],
    ["dismissed issues do not count", [{ ...major, status: "dismissed" }], 100, 100, 0, 0],
    ["source issues never count", [{ category: "source_issue", severity: "critical" }], 100, 100, 0, 0],
    ["creative reinterpretation never counts", [{ category: "creative_reinterpretation", severity: "major" }], 100, 100, 0, 0],
    ["penalties can exceed the word count", [{ category: "terminology", severity: "critical" }], 10, -150, 2500, 25],
    ["nothing evaluated", [major], 0, null, null, 5],
  ])("scores %s", (_name, issues, words, score, perThousand, penaltyTotal) => {
    const result = computeMqmScore(issues, words);
    expect(result.penaltyTotal).toBe(penaltyTotal);
    if (score === null) expect(result.score).toBeNull();
    else expect(result.score).toBeCloseTo(score, 10);
    if (perThousand === null) expect(result.penaltyPer1000Words).toBeNull();
    else expect(result.penaltyPer1000Words).toBeCloseTo(perThousand, 10);
  });

  it("scores a grouped row (`count`) exactly as that many single issues", () => {
    const single: ScoredIssue[] = [
      ...Array.from({ length: 3 }, () => ({ category: "accuracy_mistranslation", severity: "major", status: "open" }) as ScoredIssue),
      { category: "linguistic_grammar", severity: "minor", status: "resolved" },
      { category: "linguistic_grammar", severity: "minor", status: "dismissed" },
    ];
    const grouped: ScoredIssue[] = [
      { category: "accuracy_mistranslation", severity: "major", status: "open", count: 3 },
      { category: "linguistic_grammar", severity: "minor", status: "resolved", count: 1 },
      { category: "linguistic_grammar", severity: "minor", status: "dismissed", count: 1 },
    ];
    expect(computeMqmScore(grouped, 400)).toEqual(computeMqmScore(single, 400));
    expect(computeMqmScore(grouped, 400).penaltyTotal).toBe(16);
  });

  it("breaks issues down by category and severity, listing unpenalised ones at zero", () => {
    const result = computeMqmScore(
      [major, major, { category: "source_issue", severity: "minor" }, { category: "style", severity: "minor", status: "dismissed" }],
      500,
    );
    expect(result.issueCount).toBe(3);
    expect(result.byCategory.accuracy_mistranslation).toEqual({ count: 2, penalty: 10 });
    expect(result.byCategory.source_issue).toEqual({ count: 1, penalty: 0 });
    expect(result.byCategory.style).toEqual({ count: 0, penalty: 0 });
    expect(result.bySeverity.major).toEqual({ count: 2, penalty: 10 });
    expect(result.bySeverity.minor).toEqual({ count: 1, penalty: 0 });
    expect(result.byCategoryAndSeverity.accuracy_mistranslation.major).toBe(2);
  });
});

describe("catalogue for the flag dialog", () => {
  it("lists every category id once with a label and MQM dimension", () => {
    expect(MQM_CATEGORIES.map((category) => category.id)).toEqual([...MQM_CATEGORY_IDS]);
    expect(MQM_CATEGORIES.filter((category) => category.dimension === "Accuracy").map((category) => category.label)).toEqual([
      "Mistranslation",
      "Omission",
      "Addition",
      "Untranslated",
    ]);
    expect(MQM_CATEGORIES.filter((category) => !category.isPenalized).map((category) => category.id)).toEqual([
      "source_issue",
      "creative_reinterpretation",
    ]);
  });

  it("gives each severity its weight, a one-line guidance and an example", () => {
    expect(MQM_SEVERITIES.map((severity) => [severity.id, severity.weight])).toEqual([
      ["neutral", 0],
      ["minor", 1],
      ["major", 5],
      ["critical", 25],
    ]);
    for (const severity of MQM_SEVERITIES) {
      expect(severity.guidance).not.toMatch(/\n/);
      expect(severity.example.length).toBeGreaterThan(10);
    }
  });
});
