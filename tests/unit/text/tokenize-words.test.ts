import { describe, expect, it } from "vitest";
import { tokenizeWords } from "@/lib/text/text";

const words = (text: string) => tokenizeWords(text).map((token) => token.text);

describe("tokenizeWords", () => {
  it("keeps elisions, hyphenated compounds and accented letters inside one word", () => {
    expect(words("L’Assemblée nationale a voté aujourd'hui le projet de loi anti-corruption.")).toEqual([
      "L’Assemblée", "nationale", "a", "voté", "aujourd'hui", "le", "projet", "de", "loi", "anti-corruption",
    ]);
  });

  it("leaves out apostrophes, hyphens, digits and punctuation that do not join two letters", () => {
    expect(words("The ministers' talks -- held in 2024 -- ended: 'no deal'.")).toEqual(["The", "ministers", "talks", "held", "in", "ended", "no", "deal"]);
  });

  it("gives offsets into the text, with combining accents and letters outside the BMP counted as letters", () => {
    const text = "Le Pre\u0301sident 𝒜lbert a re-signé.";
    const tokens = tokenizeWords(text);
    expect(tokens.map((token) => token.text)).toEqual(["Le", "Pre\u0301sident", "𝒜lbert", "a", "re-signé"]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it("finds no word in a text without letters", () => {
    expect(words("12,5 % — 3.")).toEqual([]);
  });
});
