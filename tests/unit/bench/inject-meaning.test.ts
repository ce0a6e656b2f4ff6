import { describe, expect, it } from "vitest";
import { applyEdit } from "@/bench/meaning/edit";
import { EXPECTED_CHECKS, findEdits, injectMeaning, type MeaningKind } from "@/bench/meaning/inject-meaning";
import { collectNames } from "@/bench/meaning/inject-polarity";
import { createRandom } from "@/bench/qa/random";
import { QA_CHECKS } from "@/lib/qa/run-checks";

const NAMES = ["Asheviere", "Delfador", "Kalenz", "Konrad", "Weldyn"];
const context = { names: NAMES };
const pair = (target: string, source = "") => ({ id: "p-1", source, target, kind: "1-1" });

/** Every sentence the injector can make of `target` with edits of `kind`, by variant. */
function outcomes(kind: MeaningKind, target: string, source = ""): Array<[string, string]> {
  return findEdits(kind, pair(target, source), context).map((edit) => [edit.variant, applyEdit(target, edit)]);
}

describe("meaning-error injector", () => {
  it.each<[MeaningKind, string, string, string]>([
    ["role-reversal", "The orcs attacked the elves at dawn.", "subject-object", "The elves attacked the orcs at dawn."],
    ["role-reversal", "They have betrayed us.", "subject-object", "We have betrayed them."],
    ["role-reversal", "He betrays them again.", "subject-object", "They betray him again."],
    ["role-reversal", "Konrad was captured by Asheviere.", "passive", "Asheviere was captured by Konrad."],
    ["role-reversal", "I was captured by them.", "passive", "They were captured by me."],
    ["role-reversal", "Konrad was captured by Asheviere.", "passive-to-active", "Konrad captured Asheviere."],
    ["role-reversal", "The gate is guarded by the trolls.", "passive-to-active", "The gate guards the trolls."],
    ["role-reversal", "We have been betrayed by him.", "passive-to-active", "We have betrayed him."],
    ["role-reversal", "The attack on Weldyn failed.", "marker", "The attack by Weldyn failed."],
    ["role-reversal", "Asheviere’s attack surprised everyone.", "possessive", "The attack on Asheviere surprised everyone."],
    ["negation", "We did not find the sceptre.", "remove-not", "We did find the sceptre."],
    ["negation", "I can’t swim.", "remove-not", "I can swim."],
    ["negation", "Nobody was injured.", "negative-word", "Somebody was injured."],
    ["negation", "They left without the king.", "negative-word", "They left with the king."],
    ["negation", "The army will cross the river.", "insert-not", "The army will not cross the river."],
    ["negation", "Someone opened the gate.", "positive-word", "No one opened the gate."],
    ["omission", "The king, who had ruled for forty years, died in his sleep.", "relative-clause", "The king died in his sleep."],
    ["omission", "We fought in the northern mountains.", "prepositional-phrase", "We fought."],
    ["omission", "He took the gold, and the elves fled into the forest.", "clause", "He took the gold."],
    ["omission", "We recruited trolls, ogres and mages.", "list-item", "We recruited trolls and mages."],
    ["grammar", "He is ready.", "agreement", "He are ready."],
    ["grammar", "We will go north.", "verb-form", "We will went north."],
    ["grammar", "An orc attacked.", "article", "A orc attacked."],
    ["grammar", "Stop them!", "french-spacing", "Stop them !"],
    ["grammar", "It is a trap.", "calque-about-of", "It is about of a trap."],
    ["grammar", "Yes, my lord.", "form-of-address", "Yes, Mister Lord."],
    ["grammar", "They waited for many years.", "calque-since", "They waited since many years."],
  ])("%s turns “%s” (%s) into “%s”", (kind, target, variant, expected) => {
    expect(outcomes(kind, target)).toContainEqual([variant, expected]);
  });

  it("replaces a name shared by both sides with another name of the pool, not one spelt alike or already there", () => {
    const results = outcomes("entity", "Then Delfador left for Weldyn.", "Puis Delfador partit pour Weldyn.");
    expect(results.map(([, sentence]) => sentence).sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Then (?:Asheviere|Kalenz|Konrad) left for Weldyn\.$/), expect.stringMatching(/^Then Delfador left for (?:Asheviere|Kalenz|Konrad)\.$/)]),
    );
    expect(results.every(([variant, sentence]) => variant === "name" && !/Delfador.*Delfador|Weldyn.*Weldyn/.test(sentence))).toBe(true);
  });

  it("adds a phrase whose content words neither side has, keeping the sentence’s own words", () => {
    const results = outcomes("addition", "We must leave.", "Nous devons partir.");
    expect(results.length).toBeGreaterThan(3);
    for (const [, sentence] of results) {
      expect(sentence).toMatch(/^We must leave\b.+\.$/);
      expect(sentence.length).toBeGreaterThan("We must leave.".length + 5);
    }
  });

  it.each<[MeaningKind, string, string]>([
    ["role-reversal", "The ring adds to the damage of its owner’s attacks by one.", "marker"],
    ["role-reversal", "Dwarves, under attack by undead.", "marker"],
    ["omission", "You may have doubts, but Chantal and I are sure of you.", "list-item"],
  ])("%s leaves “%s” alone: no %s edit where the words only look the part", (kind, target, variant) => {
    expect(outcomes(kind, target).filter(([candidate]) => candidate === variant)).toEqual([]);
  });

  it("offers nothing it cannot do: no negation to insert in an imperative, no name to swap without a pool", () => {
    expect(findEdits("negation", pair("Stop them!"), context)).toEqual([]);
    expect(findEdits("entity", pair("Then Delfador left.", "Puis Delfador partit."), { names: [] })).toEqual([]);
    expect(injectMeaning("role-reversal", pair("What a lovely morning."), createRandom(1), context)).toBeNull();
  });

  it("records the answer key: pair, kind, expected checks and the changed stretch, source untouched", () => {
    const original = pair("We did not find the sceptre.", "Nous n’avons pas trouvé le sceptre.");
    const injection = injectMeaning("negation", original, createRandom(7), context);
    expect(injection).toMatchObject({ kind: "negation", expectedChecks: EXPECTED_CHECKS.negation, variant: "remove-not", before: "did not", after: "did" });
    expect(injection?.pair).toEqual({ ...original, target: "We did find the sceptre." });
  });

  it("injects the same error for the same seed", () => {
    const original = pair("The orcs attacked the elves, and the humans fled into the hills.");
    const runs = [1, 2].map(() => injectMeaning("omission", original, createRandom(42), context));
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]?.pair.target).not.toBe(original.target);
  });

  it("pools names seen in two pairs and never written in lower case", () => {
    const pairs = [
      pair("Then Delfador met the Mage of the tower.", "Puis Delfador rencontra le Mage de la tour."),
      pair("Later Delfador saw the Mage again.", "Plus tard Delfador revit le Mage."),
      pair("A mage is wise.", "Un mage est sage."),
    ];
    expect(collectNames(pairs)).toEqual(["Delfador"]);
  });
});

describe("the checks that count as catching each kind", () => {
  it("are all checks Recto runs: a renamed or unbuilt check would score zero without a word", () => {
    const built = new Set(QA_CHECKS.map((check) => check.id));
    expect(Object.values(EXPECTED_CHECKS).flat().filter((id) => !built.has(id))).toEqual([]);
  });
});
