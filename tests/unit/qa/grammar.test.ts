import { beforeAll, describe, expect, it } from "vitest";
import { isGrammarCheckerReady } from "@/lib/qa/grammar/grammar-checker";
import { prepareChecks } from "@/lib/qa/run-checks";
import { findingsOf, targetTextOf } from "./helpers";

// Loading Harper's WebAssembly takes seconds on a busy machine.
beforeAll(async () => {
  await prepareChecks();
}, 120_000);

describe("grammar", () => {
  it("has Harper loaded", () => {
    expect(isGrammarCheckerReady()).toBe(true);
  });

  it.each([
    ["Il s'agit d'une lettre de démission peu relayée.", "It is about of a resignation letter little disseminated by the French-speaking media.", "about of"],
    ["Il va à l'école tous les jours.", "He go to school every day.", "go"],
    ["Elle a été arrêtée deux fois.", "She have been arrested twice.", "have"],
    ["Une enquête a été ouverte.", "A investigation was opened by the prosecutor.", "A"],
    ["Il est allé à Paris.", "He has went to Paris.", "went"],
    ["Il ne voulait pas démissionner.", "He did not wanted to resign.", "wanted"],
    ["Ils auraient pu arrêter l'attaque.", "They could of stopped the attack.", "could of"],
    ["Ils vont voter demain.", "Their going to vote tomorrow.", "Their"],
    ["Les électeurs reviendront aux urnes dimanche.", "Voters will went back to the polls on Sunday.", "went"],
    ["Le ministre a refusé de venir.", "The minister refused to came.", "came"],
    ["Le parti aurait pu choisir un autre candidat.", "The party could chose another candidate.", "chose"],
  ])("flags %j → %j at “%s”", (source, target, span) => {
    const findings = findingsOf("grammar", source, target);
    expect(findings.map((finding) => targetTextOf(finding, target))).toContain(span);
    expect(findings.every((finding) => finding.category === "linguistic_grammar")).toBe(true);
  });

  it.each([
    ["Craig Mokhiber, director of the New York office of the United Nations High Commissioner for Human Rights, resigned at the end of October to denounce the Israeli bombings of Gaza."],
    ["According to him, the UN had previously been unable to prevent genocides against the Tutsis in Rwanda; the Bosnian Muslims; the Yazidis in Iraqi Kurdistan and the Rohingya in Myanmar."],
    ["“Mr. High Commissioner, we are failing again,” he wrote in a letter that does not mention the October 7 massacres."],
    ["Nowadays Ecuador is one of the most unequal countries of the region, and its economy depends on oil."],
    ["The 1932-1936 Chaco war against Paraguay cost Bolivia a third of its territory."],
    ["It is an honour, and it's a duty: neither he nor they were told, and none of the ministers has resigned."],
    ["Élodie 😀 said the talks, which were held in Genève, had failed."],
    ["They plan to found a new party and to saw through the old alliances, she said to Drew."],
    ["The minister went to Brussels, came back, and will go again next week to find a deal."],
  ])("accepts edited English: %j", (target) => {
    expect(findingsOf("grammar", "Une phrase française.", target)).toEqual([]);
  });

  it("points at the right words after astral characters (UTF-16 offsets)", () => {
    const target = "Élodie 😀😀 said he go to school.";
    const [finding] = findingsOf("grammar", "Élodie a dit qu'il va à l'école.", target);
    expect(targetTextOf(finding, target)).toBe("go");
    expect(finding.message).toContain("“goes”");
  });

  it("keys a finding on the rule and the words, so a dismissal survives edits elsewhere", () => {
    const [before] = findingsOf("grammar", "Il va à l'école.", "He go to school.");
    const [after] = findingsOf("grammar", "Il va à l'école.", "Every morning, he go to school.");
    expect(after.fingerprint).toBe(before.fingerprint);
  });
});
