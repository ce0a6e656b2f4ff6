import { describe, expect, it } from "vitest";
import { roleReversal } from "@/lib/qa/checks/role-reversal";
import { QA_CHECKS } from "@/lib/qa/run-checks";
import { CHECK_EFFECTS, SEVERITY_GUIDE, severityFor } from "@/lib/qa/severity-guide";
import { MQM_SEVERITIES } from "@/lib/review/mqm-score";
import { alignWords } from "@/lib/word-align/align-words";

describe("the severity guide", () => {
  it.each(QA_CHECKS.map((check) => [check.id, check.severity] as const))(
    "gives check %s the default severity (%s) that the guide defines for what it does to the meaning",
    (checkId, severity) => {
      expect(CHECK_EFFECTS[checkId], `${checkId} is missing from CHECK_EFFECTS`).toBeDefined();
      expect(severity).toBe(severityFor(CHECK_EFFECTS[checkId]));
    },
  );

  it("lists no check that does not exist", () => {
    expect(Object.keys(CHECK_EFFECTS).sort()).toEqual(QA_CHECKS.map((check) => check.id).sort());
  });

  it("is what the flag dialog shows, mildest first", () => {
    expect(MQM_SEVERITIES.map(({ id, guidance, example }) => ({ id, guidance, example }))).toEqual(
      SEVERITY_GUIDE.map(({ severity, guidance, example }) => ({ id: severity, guidance, example })),
    );
  });

  it("calls the demo's reversed attack critical, as the role-reversal finding on that sentence does", () => {
    const critical = SEVERITY_GUIDE.find((entry) => entry.severity === "critical")!;
    expect(critical.example).toMatch(/the attack on Israel/);
    expect(SEVERITY_GUIDE.filter((entry) => entry.severity !== "critical").map((entry) => entry.example).join(" ")).not.toMatch(/attack on Israel/);
    // The check alone: the whole run loads the speller, slow on a busy machine.
    const source = "Les gouvernements occidentaux sont complices de l’offensive d’Israël contre Gaza.";
    const target = "Western governments are complicit in the attack on Israel.";
    const [hit] = roleReversal.run(
      { id: "s1", source, target },
      { glossary: [], documentStats: null, includeStarterRules: true, alignment: () => alignWords(source, target) },
    );
    const finding = hit && { severity: hit.severity ?? roleReversal.severity };
    expect(finding?.severity).toBe(critical.severity);
  });
});
