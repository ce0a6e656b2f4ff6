import { describe, expect, it } from "vitest";
import { isRomanNumeral } from "@/lib/qa/numbers";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news42, a blind batch on twenty new domains, had been written and counted.
describe("isRomanNumeral: a well-formed numeral, not any word of its letters", () => {
  it("reads numerals, bare or with a French ordinal ending", () => {
    expect(["XIV", "xix", "MCMXC"].every((word) => isRomanNumeral(word, "optional"))).toBe(true);
    expect(["XIXe", "Ier", "Ire", "IIIème", "XVIes", "xxeme"].every((word) => isRomanNumeral(word, "ordinal"))).toBe(true);
    expect(isRomanNumeral("XIV", "ordinal")).toBe(false);
  });
  it("reads no name spelt with the numerals' letters", () => {
    expect(["Lille", "Ille", "Civil", "Lviv", "IIII", "VX"].some((word) => isRomanNumeral(word, "optional"))).toBe(false);
  });
});

describe("entity-mismatch: “Lille” is a name, not a Roman ordinal", () => {
  itFlagsEach("entity-mismatch", [
    ["Le tribunal administratif de Lille a rejeté mercredi le recours de riverains contre l'implantation de sept éoliennes.",
      "Amiens administrative court on Wednesday dismissed a challenge by residents to plans for seven wind turbines.", /^Amiens$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le tribunal administratif de Lille a rejeté mercredi le recours de riverains contre l'implantation de sept éoliennes.",
      "Lille administrative court on Wednesday dismissed a challenge by residents to plans for seven wind turbines."],
    ["Au XIXe siècle, la filature employait 300 ouvriers sous le Second Empire de Napoléon III.",
      "In the 19th century the mill employed 300 workers under Napoleon III's Second Empire."],
  ]);
});
