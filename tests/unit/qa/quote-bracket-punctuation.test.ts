import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

describe("quote-mismatch", () => {
  it.each([
    ["Il dénonce un « génocide » à Gaza.", "He denounces a “genocide” in Gaza."],
    ["Il dénonce un « génocide » à Gaza.", "He denounces a 'genocide' in Gaza."],
    ["« Nous échouons à nouveau, a-t-il écrit.", "“We are failing again,” he wrote."],
    ["Il dénonce « un génocide qui se déroule sous nos yeux à Gaza.", "He denounces “a genocide that is taking place before our eyes in Gaza."],
  ])("accepts quotation carried over: %s", (source, target) => {
    expect(findingsOf("quote-mismatch", source, target)).toEqual([]);
  });

  it("flags a quotation that the target drops", () => {
    const [finding] = findingsOf("quote-mismatch", "Il dénonce un « génocide » à Gaza.", "He denounces a genocide in Gaza.");
    expect(finding.message).toBe("The source quotes « génocide » but the target has no quotation marks.");
  });

  it("flags a target quotation left open when the source closes it", () => {
    const target = "He denounces a “genocide in Gaza.";
    const [finding] = findingsOf("quote-mismatch", "Il dénonce un « génocide » à Gaza.", target);
    expect(targetTextOf(finding, target)).toBe("“");
  });
});

describe("bracket-mismatch", () => {
  it.each([
    ["Une persécution systématique et des purges (…) ainsi que des déclarations.", "Systematic persecution and purges (...) as well as statements."],
    ["Les Nations unies (ONU) ont réagi.", "The United Nations (UN) responded."],
    ["Les points suivants : 1) la paix ; 2) la justice.", "The following points: 1) peace; 2) justice."],
  ])("accepts brackets and elisions carried over: %s", (source, target) => {
    expect(findingsOf("bracket-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Les Nations unies (ONU) ont réagi.", "The United Nations (UN responded.", "bracket “(”"],
    ["Des purges (…) ainsi que des déclarations.", "Purges as well as statements.", "“(…)”"],
  ])("flags %j rendered as %j", (source, target, named) => {
    const [finding] = findingsOf("bracket-mismatch", source, target);
    expect(finding.message).toContain(named);
  });
});

describe("punctuation", () => {
  it.each([
    ["Nous échouons à nouveau.", "We are failing again."],
    ["« Nous échouons à nouveau », a-t-il écrit.", "“We are failing again,” he wrote."],
    ["Qui est responsable ?", "Who is responsible?"],
    ["Quelle honte !", "What a disgrace."],
    ["Prendre ses distances avec l'ONU", "Distancing yourself from the UN"],
    ["Voir la version 2.0 du site.", "See version 2.0 of the .NET site."],
    // French spacing before ; : ! ? is french-convention's finding, not this check's.
    ["Qui est responsable ?", "Who is responsible ?"],
  ])("accepts matching punctuation: %s", (source, target) => {
    expect(findingsOf("punctuation", source, target)).toEqual([]);
  });

  it.each([
    ["Qui est responsable ?", "Who is responsible.", "end|?|."],
    ["Nous échouons à nouveau.", "We are failing again", "end|.|none"],
    ["Il a démissionné.", "He  resigned.", "doubled-space"],
    ["Il a démissionné, puis il est parti.", "He resigned , then he left.", "space-before|,"],
    ["Il a démissionné.", "He resigned .", "space-before|."],
  ])("flags %j rendered as %j", (source, target, key) => {
    const findings = findingsOf("punctuation", source, target);
    expect(findings.map((finding) => finding.fingerprint)).toEqual([`punctuation:${key}`]);
  });
});
