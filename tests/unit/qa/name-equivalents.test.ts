import { describe, expect, it } from "vitest";
import { NAME_EQUIVALENTS, isPlaceName } from "@/lib/qa/names/name-equivalents";

// Countries and capitals the hand-written list of places never held; the country table does.
const FROM_THE_COUNTRY_TABLE = [["cameroun", "cameroon"], ["ouganda", "ugandan"], ["nairobi", "nairobi"], ["kaboul", "kabul"]];

describe("name equivalents read the country table", () => {
  it.each(FROM_THE_COUNTRY_TABLE)("takes “%s” for a place rendered “%s”", (french, english) => {
    expect(isPlaceName(french)).toBe(true);
    expect(NAME_EQUIVALENTS[french]).toContain(english);
  });
});
