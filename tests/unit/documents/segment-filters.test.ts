import { describe, expect, it } from "vitest";
import { filtersToSearchParams, segmentFiltersSchema } from "@/lib/documents/schema";

describe("workspace filters in the URL", () => {
  it.each([
    ["no filters", "", ""],
    ["every filter", "status=has_suggestion&category=accuracy_mistranslation&severity=major&low=1&q=Mokhiber", "status=has_suggestion&category=accuracy_mistranslation&severity=major&low=1&q=Mokhiber"],
    ["empty values, as a GET form sends them", "status=&category=&severity=&q=", ""],
    ["unknown keys", "utm_source=mail&q=Gaza", "q=Gaza"],
    ["accents and spaces in a search", "q=l%E2%80%99offensive+isra%C3%A9lienne", "q=l%E2%80%99offensive+isra%C3%A9lienne"],
  ])("round-trips %s", (_name, query, expected) => {
    const filters = segmentFiltersSchema.parse(Object.fromEntries(new URLSearchParams(query)));
    expect(filtersToSearchParams(filters).toString()).toBe(expected);
  });

  it.each([
    ["an unknown status", "status=pending"],
    ["an unknown category", "category=accuracy"],
    ["a search over 200 characters", `q=${"a".repeat(201)}`],
  ])("refuses %s", (_name, query) => {
    expect(segmentFiltersSchema.safeParse(Object.fromEntries(new URLSearchParams(query))).success).toBe(false);
  });
});
