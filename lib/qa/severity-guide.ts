import type { Severity } from "./types";

/**
 * What an error does to the meaning, after MQM's severity definitions: the one question a reviewer
 * (and a check's author) answers to pick a severity.
 */
export type MeaningEffect = "reversed" | "changed" | "intact" | "none";

export type SeverityGuideEntry = { severity: Severity; effect: MeaningEffect; guidance: string; example: string };

/** MQM severities, mildest first. The flag dialog shows these; every check's default follows them. */
export const SEVERITY_GUIDE: readonly SeverityGuideEntry[] = [
  {
    severity: "neutral",
    effect: "none",
    guidance: "Not an error: a deliberate adaptation or a preference, worth noting.",
    example: "“a dénoncé” rendered as “has denounced” instead of “denounced”; same meaning.",
  },
  {
    severity: "minor",
    effect: "intact",
    guidance: "Noticeable, but the meaning is intact and the reader gets it without effort.",
    example: "“It is about of a resignation letter”: awkward, but understood.",
  },
  {
    severity: "major",
    effect: "changed",
    guidance: "Changes the meaning or makes it hard to understand: a number, name, date or clause is wrong or missing.",
    example: "“41 dead” for “14 morts”, or a French clause left out of the English.",
  },
  {
    severity: "critical",
    effect: "reversed",
    guidance: "Reverses the meaning or misleads the reader on a key fact (who did what to whom), or could cause legal, safety or reputational harm.",
    example: "“the attack on Israel” for “l’offensive d’Israël contre Gaza”: who attacks whom is reversed.",
  },
];

const BY_EFFECT = new Map(SEVERITY_GUIDE.map((entry) => [entry.effect, entry.severity]));

export function severityFor(effect: MeaningEffect): Severity {
  return BY_EFFECT.get(effect)!;
}

/**
 * What each automatic check's typical hit does to the meaning; its default severity must be
 * `severityFor(effect)` (tests/unit/qa/severity-guide.test.ts). A hit may still say more or less
 * (a whole untranslated sentence, a single French word left in).
 */
export const CHECK_EFFECTS: Readonly<Record<string, MeaningEffect>> = {
  "role-reversal": "reversed",
  "negation-mismatch": "reversed",
  "entity-mismatch": "changed",
  "content-omission": "changed",
  "content-addition": "changed",
  "llm-qe": "changed",
  "number-mismatch": "changed",
  "date-mismatch": "changed",
  "name-mismatch": "changed",
  omission: "changed",
  addition: "changed",
  untranslated: "changed",
  terminology: "changed",
  "quote-mismatch": "intact",
  "bracket-mismatch": "intact",
  punctuation: "intact",
  "repeated-word": "intact",
  spelling: "intact",
  "term-consistency": "intact",
  grammar: "intact",
  "french-convention": "intact",
};
