import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "@/lib/qa/types";
import { findingsOf, targetTextOf } from "./helpers";

const SOURCE = "Il dénonce la complicité des gouvernements occidentaux.";

describe("spelling", () => {
  it.each([
    ["He denounces the complicity of Western governments, which don't act."],
    ["The organisation's colour, programme and behaviour were analysed."],
    // British English as agencies publish it, which the en-US dictionary does not have.
    ["Local councillors said a maths teacher practising without a licence lived in a four-storey building."],
    ["The defence ministry's grey tyre depot sat by the kerb, a sceptical jeweller said of the manoeuvre."],
    ["Mokhiber, a UN official, denounced an ethno-nationalist ideology at https://un.org/en."],
    ["Israel's 10,000th victim was counted on the 28th."],
    // Latin phrases of the courts.
    ["The former prime minister was sentenced in absentia; her lawyers filed a habeas corpus petition."],
  ])("accepts correctly spelt English: %j", (target) => {
    expect(findingsOf("spelling", SOURCE, target)).toEqual([]);
  });

  it("accepts words from the glossary", () => {
    const glossary: GlossaryEntry[] = [{ id: "g1", sourceTerm: "laïcité", targetTerms: ["laicite"], kind: "term" }];
    expect(findingsOf("spelling", SOURCE, "He defends laicite.", { glossary })).toEqual([]);
  });

  it.each([
    ["He denounces the complicty of Western governments.", "complicty"],
    ["These governments refuse to fulfil their obligations and recieve weapons.", "recieve"],
  ])("flags %j", (target, word) => {
    const [finding, ...rest] = findingsOf("spelling", SOURCE, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(word);
  });
});

describe("repeated-word", () => {
  it.each([
    ["He said that that letter was his own."],
    ["She had had enough of the the violence.".replace("the the", "the")],
    ["Bye bye, Mr. High Commissioner."],
  ])("accepts legitimate or absent repetition: %j", (target) => {
    expect(findingsOf("repeated-word", SOURCE, target)).toEqual([]);
  });

  it.each([
    ["He denounces the the complicity of governments.", "the the"],
    ["Governments not only refuse to to fulfil their obligations.", "to to"],
  ])("flags %j", (target, doubled) => {
    const [finding] = findingsOf("repeated-word", SOURCE, target);
    expect(targetTextOf(finding, target)).toBe(doubled);
  });
});
