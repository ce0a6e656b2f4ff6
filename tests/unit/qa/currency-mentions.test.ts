import { afterEach, describe, expect, it, vi } from "vitest";
import { type Currency, CURRENCIES, findCurrencyMentions, pattern, word } from "@/lib/qa/names/currency-swaps";

// The table is the only list of currency names: a pattern is searched only in a text that holds one of
// the literals its names start with, keys the table itself gives, so a currency added to it needs nothing else.

const BAHT: Currency = { id: "baht", french: pattern("giu", word("bahts?")), english: pattern("giu", word("baht")) };
const WITH_BAHT = [...CURRENCIES, BAHT];

const mentionsOf = (text: string, side: "french" | "english") =>
  findCurrencyMentions(text, side, WITH_BAHT).map((mention) => [mention.id, text.slice(mention.start, mention.end)]);

afterEach(() => vi.restoreAllMocks());

describe("currency mentions of a currency added to the table", () => {
  it.each([
    ["La Thaïlande a versé 300 millions de bahts aux riziculteurs.", "french", [["baht", "bahts"]]],
    ["Le baht a perdu 3 % face au dollar depuis janvier.", "french", [["baht", "baht"], ["dollar", "dollar"]]],
    ["The Baht has lost 3% against the dollar since January.", "english", [["baht", "Baht"], ["dollar", "dollar"]]],
  ] as const)("finds it through the literals of its names: %s", (text, side, expected) => {
    expect(mentionsOf(text, side)).toEqual(expected);
  });

  it("does not search a text holding none of its names' literals", () => {
    const search = vi.spyOn(BAHT.french.regex, "exec");
    expect(mentionsOf("La Thaïlande a versé 300 millions d'euros aux riziculteurs.", "french")).toEqual([["euro", "euros"]]);
    expect(search).not.toHaveBeenCalled();
  });

  it("keeps the case of a pattern that keeps it: the euro's English names are not searched in \"European\"", () => {
    const euro = CURRENCIES.find((currency) => currency.id === "euro")!;
    const search = vi.spyOn(euro.english.regex, "exec");
    expect(mentionsOf("European leaders met in Brussels on Thursday to discuss the budget.", "english")).toEqual([]);
    expect(search).not.toHaveBeenCalled();
  });
});
