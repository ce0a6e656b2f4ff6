import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks, STARTER_ROLE_REVERSAL_RULES } from "@/lib/qa/run-checks";
import { glossaryEntrySchema } from "@/lib/qa/schema";
import type { GlossaryEntry, QaOptions } from "@/lib/qa/types";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

const DEMO_SOURCE = "Craig Mokhiber, directeur du bureau new-yorkais du Haut-Commissariat des Nations unies aux droits de l'homme, a démissionné fin octobre pour dénoncer les bombardements israéliens sur Gaza, qu'il qualifie de « génocide », ainsi que la « complicité » des gouvernements occidentaux dans l'offensive israélienne contre Gaza.";
const DEMO_TARGET = readFileSync("/work/shared/fixtures/mokhiber-resignation.en.txt", "utf8").split("\n")[0];

describe("role-reversal", () => {
  it("reads the one named after a common noun (“la ville de Sdérot”) as the one the marker marks", () => {
    const [source, target] = ["L'assaut contre la ville de Sdérot a fait trois morts.", "The assault by Sderot's town killed three."];
    const [finding] = findingsOf("role-reversal", source, target);
    expect(sourceTextOf(finding, source)).toBe("assaut contre la ville de Sdérot");
    expect(targetTextOf(finding, target)).toBe("assault by Sderot's");
  });


  it("flags the demo article's “attack on Israel”", () => {
    const [finding, ...rest] = findingsOf("role-reversal", DEMO_SOURCE, DEMO_TARGET);
    expect(rest).toEqual([]);
    expect(finding.severity).toBe("critical");
    expect(sourceTextOf(finding, DEMO_SOURCE)).toBe("offensive israélienne");
    expect(targetTextOf(finding, DEMO_TARGET)).toBe("attack on Israel");
  });

  it.each([
    ["l'offensive menée par l'État d'Israël contre l'enclave palestinienne", "the offensive led by the State of Israel against the Palestinian enclave"],
    ["les bombardements israéliens sur Gaza", "the Israeli bombings of Gaza"],
    ["l'attaque du Hamas contre Israël", "the Hamas attack on Israel"],
    ["l'offensive israélienne contre Gaza", "Israel's offensive against Gaza"],
    ["les sanctions de l'UE contre la Russie", "EU sanctions on Russia"],
    ["le boycott d'Israël", "the boycott of Israel"],
    ["l'invasion russe de l'Ukraine", "the Russian invasion of Ukraine"],
    ["l'assaut contre la ville de Sdérot", "the assault on Sderot's town centre"],
    ["l'assaut contre la ville de Sdérot", "the assault on the town of Sderot"],
  ])("accepts who-did-what-to-whom kept: %s", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });

  it.each([
    ["l'attaque du Hamas contre Israël", "the attack on Hamas by Israel", "attack on Hamas"],
    ["les frappes russes sur Kiev", "the strikes on Russia", "strikes on Russia"],
    ["les sanctions de l'UE contre la Russie", "Russia's sanctions against the EU", "sanctions against the EU"],
    ["le boycott d'Israël", "the boycott by Israel", "boycott by Israel"],
    ["l'offensive menée par l'armée israélienne", "the offensive against Israel", "offensive against Israel"],
  ])("flags %j rendered as %j", (source, target, targetText) => {
    const [finding] = findingsOf("role-reversal", source, target);
    expect(targetTextOf(finding, target)).toBe(targetText);
  });

  it("applies an editor's rule in the glossary's pattern form", () => {
    const rule: GlossaryEntry = glossaryEntrySchema.parse({
      id: "g-crackdown", sourceTerm: "répression", targetTerms: ["crackdown", "repression"], kind: "role_reversal",
      pattern: { adjectiveIsAgent: false },
    });
    const source = "la répression menée par le régime syrien";
    const target = "the crackdown on the Syrian regime";
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
    const [finding] = findingsOf("role-reversal", source, target, { glossary: [rule] });
    expect(finding.fingerprint).toBe("role-reversal:g-crackdown|crackdown on the syrian");
  });
});

describe("role-reversal with the starter rules left out", () => {
  const source = "l'attaque du Hamas contre Israël";
  const target = "the attack on Hamas";
  const fingerprints = (options: QaOptions = {}) => findingsOf("role-reversal", source, target, options).map((finding) => finding.fingerprint);

  it("runs lib/qa's starter rules by default", () => {
    expect(fingerprints()).toEqual(["role-reversal:starter-attack|attack on hamas"]);
  });

  it("runs only the glossary's rules when includeStarterRules is false", () => {
    // Without the starter rule the aligned reading still sees it: "du Hamas" beside "contre Israël" is the one acting.
    expect(fingerprints({ includeStarterRules: false })).toEqual(["role-reversal:aligned|attack on hamas"]);
    const copy = { ...STARTER_ROLE_REVERSAL_RULES.find((rule) => rule.sourceTerm === "attaque")!, id: "g-attack" };
    expect(fingerprints({ includeStarterRules: false, glossary: [copy] })).toEqual(["role-reversal:g-attack|attack on hamas"]);
  });
});

describe("the demo document", () => {
  it("flags paragraph 1 of the Mokhiber article as a role reversal, and the later reversals the aligner reads", () => {
    const paragraphs = (path: string) => readFileSync(path, "utf8").split("\n").filter((line) => line.trim() !== "");
    const sources = paragraphs("prisma/demo/mokhiber-resignation.fr.txt");
    const targets = paragraphs("prisma/demo/mokhiber-resignation.en.txt");
    const pairs = sources.map((source, i) => ({ id: String(i + 1), source, target: targets[i] }));
    const reversals = runChecks(pairs).filter((finding) => finding.checkId === "role-reversal");
    const texts = reversals.map((finding) => [finding.segmentId, targetTextOf(finding, targets[Number(finding.segmentId) - 1])]);
    expect(texts[0]).toEqual(["1", "attack on Israel"]);
    expect(texts.map(([, text]) => text)).toEqual(["attack on Israel", "Distancing yourself from the UN", "boycott of the Israeli movement"]);
  });
});
