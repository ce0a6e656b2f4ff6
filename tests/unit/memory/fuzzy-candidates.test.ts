import { describe, expect, it } from "vitest";
import { anyTwoOf, tsqueryLiteral } from "@/lib/memory/fuzzy-candidates";

describe("fuzzy candidates", () => {
  it("asks for any two of three or more lexemes", () => {
    expect(anyTwoOf(["enregistr", "baquet", "oeuf"])).toBe("('enregistr' & 'baquet') | ('enregistr' & 'oeuf') | ('baquet' & 'oeuf')");
  });

  it("asks for any one of one or two lexemes, and for nothing without any", () => {
    expect(anyTwoOf(["baquet"])).toBe("'baquet'");
    expect(anyTwoOf(["baquet", "oeuf", "baquet"])).toBe("'baquet' | 'oeuf'");
    expect(anyTwoOf([])).toBeNull();
  });

  it("keeps at most eight lexemes", () => {
    const query = anyTwoOf(Array.from({ length: 12 }, (_, i) => `mot${i}`)) ?? "";
    expect(query.split(" | ")).toHaveLength(28);
    expect(query).not.toContain("mot8");
  });

  it("escapes quotes and backslashes", () => {
    expect(tsqueryLiteral("aujourd'hui")).toBe("'aujourd''hui'");
    expect(tsqueryLiteral("a\\b")).toBe("'a\\\\b'");
  });
});
