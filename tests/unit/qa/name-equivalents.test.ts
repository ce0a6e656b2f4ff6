import { describe, expect, it } from "vitest";
import { NAME_EQUIVALENTS, isPlaceName } from "@/lib/qa/name-equivalents";

describe("name equivalents read the country table", () => {
  it.each([
    ["cameroun", "cameroon"],
    ["ouganda", "ugandan"],
    ["nairobi", "nairobi"],
    ["kaboul", "kabul"],
  ])("takes “%s” for a place rendered “%s”", (french, english) => {
    expect(isPlaceName(french)).toBe(true);
    expect(NAME_EQUIVALENTS[french]).toContain(english);
  });
});
