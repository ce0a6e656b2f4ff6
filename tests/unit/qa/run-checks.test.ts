import { beforeAll, describe, expect, it } from "vitest";
import { qaPairsInputSchema } from "@/lib/qa/schema";
import { computeDocumentStats, prepareChecks, QA_CHECKS, runChecks, runSegmentChecks, STARTER_ROLE_REVERSAL_RULES } from "@/lib/qa/run-checks";

beforeAll(() => prepareChecks(), 60_000);

const PAIR = {
  id: "p1",
  source: "Au moins 1 400 personnes ont été tuées samedi dans les attaques du Hamas.",
  target: "At least 1,500 people were killed on Saturday in Hamas attacks.",
};

describe("QA_CHECKS", () => {
  it("lists every check once under a stable kebab-case id", () => {
    const ids = QA_CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z]+(?:-[a-z]+)*$/.test(id))).toBe(true);
    expect(ids).toEqual(expect.arrayContaining([
      "number-mismatch", "date-mismatch", "name-mismatch", "quote-mismatch", "bracket-mismatch", "punctuation", "untranslated",
      "omission", "addition", "repeated-word", "spelling", "terminology", "term-consistency", "role-reversal", "grammar", "french-convention", "llm-qe",
    ]));
  });

  it("ships starter role-reversal rules for attack, offensive, bombing, strike, sanctions and boycott", () => {
    expect(STARTER_ROLE_REVERSAL_RULES.map((rule) => rule.sourceTerm)).toEqual(
      expect.arrayContaining(["attaque", "offensive", "bombardement", "frappe", "sanctions", "boycott"]),
    );
  });
});

describe("runSegmentChecks", () => {
  it("keeps a finding's fingerprint when the text around it changes", () => {
    const [before] = runSegmentChecks(PAIR);
    const [after] = runSegmentChecks({ ...PAIR, target: `Officials say that ${PAIR.target}` });
    expect(before.fingerprint).toBe("number-mismatch:1 400|1,500");
    expect(after.fingerprint).toBe(before.fingerprint);
    expect(after.targetSpan).not.toEqual(before.targetSpan);
  });

  it("skips disabled checks", () => {
    expect(runSegmentChecks(PAIR, { disabledChecks: ["number-mismatch"] })).toEqual([]);
  });

  it("gives the same findings as a document run when handed the document's stats", () => {
    const pairs = [PAIR, { ...PAIR, id: "p2", target: "At least 1,400 people were killed on Saturday in Hamas attacks." }];
    const documentStats = computeDocumentStats(pairs);
    expect(runSegmentChecks(PAIR, { documentStats })).toEqual(runChecks(pairs).filter((finding) => finding.segmentId === "p1"));
  });

  it("reports nothing on a faithful translation with locale-only differences", () => {
    const source = "Au moins 1 400 personnes, en majorité des civils, ont été tuées lors des attaques du Hamas, tandis que les bombardements israéliens ont fait près de 10 000 morts à Gaza.";
    const target = "At least 1,400 people, most of them civilians, were killed in Hamas attacks, while Israeli bombings left nearly 10,000 dead in Gaza.";
    expect(runSegmentChecks({ id: "p3", source, target })).toEqual([]);
  });
});

describe("qaPairsInputSchema", () => {
  it("keeps segment text byte for byte and reads numeric ids as strings", () => {
    const input = [{ id: 7, source: "  « Nous échouons »  ", target: "“We are failing” \n" }];
    expect(qaPairsInputSchema.parse(input)).toEqual([{ id: "7", source: "  « Nous échouons »  ", target: "“We are failing” \n" }]);
  });

  it("rejects a pair without a target", () => {
    expect(qaPairsInputSchema.safeParse([{ id: "1", source: "Bonjour" }]).success).toBe(false);
  });
});
