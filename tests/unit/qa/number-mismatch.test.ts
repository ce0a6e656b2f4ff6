import { describe, expect, it } from "vitest";
import { compareNumbers, extractNumbers } from "@/lib/qa/numbers";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

describe("extractNumbers", () => {
  it.each([
    ["Au moins 1 400 personnes", "fr", ["1400"]],
    ["près de 10 000 morts", "fr", ["10000"]],
    ["une hausse de 2,5 %", "fr", ["2.5"]],
    ["at least 1,400 people", "en", ["1400", "1.4"]],
    ["a rise of 2.5%", "en", ["2.5"]],
    ["1,4 million d'habitants", "fr", ["1.4", "1400000"]],
    ["au XXe siècle", "fr", ["20", "1900"]],
    // A compound ordinal reads as its cardinal, in either language.
    ["le vingt-troisième accord", "fr", ["23"]],
    ["the twenty-third agreement", "en", ["23"]],
    ["la dix-neuvième édition", "fr", ["19"]],
  ] as const)("reads %j as one number with the values %j", (text, language, keys) => {
    const tokens = extractNumbers(text, language).filter((token) => !token.isWeak);
    expect(tokens).toHaveLength(1);
    expect(tokens[0].keys).toEqual(keys);
  });

  it("reads a year and a space-grouped number that follow each other as two numbers", () => {
    expect(extractNumbers("en 2019 150 000 personnes", "fr").map((token) => token.text)).toEqual(["2019", "150 000"]);
  });
});

describe("number-mismatch", () => {
  it.each([
    ["Au moins 1 400 personnes ont été tuées.", "At least 1,400 people were killed."],
    ["Les bombardements ont fait près de 10 000 morts.", "The bombings left nearly 10,000 dead."],
    ["Le chômage atteint 7 % en 2023.", "Unemployment reached 7% in 2023."],
    ["La croissance a été de 2,5 %.", "Growth was 2.5%."],
    ["Il a vécu à Gaza dans les années 1990.", "He lived in Gaza in the 1990s."],
    ["Deux diplomates et vingt journalistes étaient présents.", "Two diplomats and twenty journalists were present."],
    ["Une dizaine de pays ont voté contre.", "About ten countries voted against."],
    ["Le 1er janvier, à 14 h 30, la loi est entrée en vigueur.", "On January 1, at 2:30 pm, the law came into force."],
    ["La ville compte 1,4 million d'habitants.", "The city has 1.4 million inhabitants."],
    ["Il est mort au XXe siècle.", "He died in the 20th century."],
    ["Elle l'a répété deux fois.", "She repeated it twice."],
    ["Il devint l'un des dix sept Pays-Bas.", "It became one of the Seventeen Netherlands."],
    ["Le FMI a accordé un prêt, le vingt-troisième accord conclu avec le pays.", "The IMF granted a loan, the 23rd agreement with the country."],
  ])("accepts a locale-only difference: %s", (source, target) => {
    expect(findingsOf("number-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Au moins 1 400 personnes ont été tuées.", "At least 1,500 people were killed.", "1 400", "1,500"],
    ["La croissance a été de 2,5 %.", "Growth was 25%.", "2,5", "25"],
    ["Deux diplomates étaient présents.", "Three diplomats were present.", "Deux", "Three"],
    ["Il a vécu à Gaza dans les années 1990.", "He lived in Gaza in the 1980s.", "1990", "1980"],
  ])("flags %j rendered as %j", (source, target, sourceNumber, targetNumber) => {
    const [finding, ...rest] = findingsOf("number-mismatch", source, target);
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toBe(sourceNumber);
    expect(targetTextOf(finding, target)).toBe(targetNumber);
    expect(finding.message).toContain(sourceNumber);
  });

  it("flags a source number that the target drops", () => {
    const [finding] = findingsOf("number-mismatch", "Le conflit a fait 10 000 morts.", "The conflict left many dead.");
    expect(finding.message).toBe("The source number “10 000” is missing from the target.");
  });

  it("flags a number the target adds", () => {
    const [finding] = findingsOf("number-mismatch", "Le conflit a fait de nombreux morts.", "The conflict left 300 dead.");
    expect(finding.targetSpan).toEqual({ start: 18, end: 21 });
  });

  it("pairs numbers by value, not by position", () => {
    expect(compareNumbers("En 2023, 7 % et 1 400.", "1,400 and 7% in 2023.")).toEqual({ unmatchedSource: [], unmatchedTarget: [] });
  });

  it("reads a plural scale after a figure as part of it, not as \"millions\" of something", () => {
    expect(compareNumbers("Le groupe va investir 150 millions d'euros dans son usine.", "The group will invest €150 million in its plant.")).toEqual({ unmatchedSource: [], unmatchedTarget: [] });
    // "des millions" alone is still a quantity of its own.
    expect(compareNumbers("Des millions de personnes ont manifesté.", "People marched.").unmatchedSource.map((token) => token.text)).toEqual(["millions"]);
  });

  it("reads a number after an elided word", () => {
    expect(compareNumbers("Le syndicat va investir près d’un milliard d’euros.", "The authority will invest nearly €1 billion.")).toEqual({ unmatchedSource: [], unmatchedTarget: [] });
  });
});
