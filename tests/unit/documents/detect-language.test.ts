import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkLanguagePair, detectLanguage } from "@/lib/documents/detect-language";

const demoFrench = readFileSync("prisma/demo/mokhiber-resignation.fr.txt", "utf8");
const demoEnglish = readFileSync("prisma/demo/mokhiber-resignation.en.txt", "utf8");
const french = "Au moins 1 400 personnes, en majorité des civils, ont été tuées lors des attaques du Hamas.";
const english = "At least 1,400 people, most of them civilians, were killed in Hamas attacks.";
const german = "Der Direktor des New Yorker Büros der Vereinten Nationen ist Ende Oktober zurückgetreten, um die Bombardierungen zu verurteilen.";

describe("detectLanguage", () => {
  it.each([
    ["the French demo article", demoFrench, "fr"],
    ["the English demo article", demoEnglish, "en"],
    ["a French sentence", french, "fr"],
    ["an English sentence", english, "en"],
    ["a German sentence", german, "other"],
    ["two words", "Gaza, Israël", "unknown"],
  ])("recognises %s", (_name, text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it("is more confident on a whole article than on one short sentence", () => {
    const article = detectLanguage(demoFrench).confidence;
    expect(article).toBeGreaterThan(0.9);
    expect(article).toBeLessThanOrEqual(1);
    expect(detectLanguage("Il est parti avec elle.").confidence).toBeLessThan(article);
  });
});

describe("checkLanguagePair", () => {
  it.each([
    ["a French source and an English target", demoFrench, demoEnglish, null],
    ["both English", english, demoEnglish, "Both texts look English: the source should be French."],
    ["both French", demoFrench, french, "Both texts look French: the target should be English."],
    ["swapped texts", demoEnglish, demoFrench, "The texts look swapped: the source is English and the target French; swap them and import again."],
    ["a German source", german, english, "The source looks in another language, not French: the source should be the French original."],
    ["texts too short to tell", "Gaza.", "Gaza.", null],
  ])("for %s says %j", (_name, source, target, message) => {
    expect(checkLanguagePair(source, target)).toBe(message);
  });
});
