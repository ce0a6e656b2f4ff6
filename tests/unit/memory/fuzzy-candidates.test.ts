import { describe, expect, it } from "vitest";
import { allOf, anyTwoOf, tsqueryLiteral } from "@/lib/memory/fuzzy-candidates";

describe("fuzzy candidates", () => {
  it("asks for any two of three or more lexemes", () => {
    expect(anyTwoOf(["enregistr", "baquet", "oeuf"])).toBe("('enregistr' & 'baquet') | ('enregistr' & 'oeuf') | ('baquet' & 'oeuf')");
  });

  it("asks for any one of one or two lexemes, and for nothing without any", () => {
    expect(anyTwoOf(["baquet"])).toBe("'baquet'");
    expect(anyTwoOf(["baquet", "oeuf", "baquet"])).toBe("'baquet' | 'oeuf'");
    expect(anyTwoOf([])).toBeNull();
  });

  it("keeps at most six lexemes", () => {
    const query = anyTwoOf(Array.from({ length: 12 }, (_, i) => `mot${i}`)) ?? "";
    expect(query.split(" | ")).toHaveLength(15);
    expect(query).toContain("mot5");
    expect(query).not.toContain("mot6");
  });

  it("asks for all of the lexemes, each once, and for nothing without any", () => {
    expect(allOf(["baquet", "oeuf", "baquet"])).toBe("'baquet' & 'oeuf'");
    expect(allOf(["aujourd'hui"])).toBe("'aujourd''hui'");
    expect(allOf([])).toBeNull();
  });

  it("escapes quotes and backslashes", () => {
    expect(tsqueryLiteral("aujourd'hui")).toBe("'aujourd''hui'");
    expect(tsqueryLiteral("a\\b")).toBe("'a\\\\b'");
  });
});
