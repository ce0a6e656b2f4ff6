import { describe, expect, it } from "vitest";
import { logRatio } from "@/lib/qa/gaps/length-ratio";
import type { DocumentStats } from "@/lib/qa/types";
import { findingsOf, targetTextOf } from "./helpers";

// A constituent of three content words between French anchors side by side, none of whose words the
// French could render, in a sentence whose French has no more words left unrendered near it than the
// English has: added, though the target is no longer than usual and renders the rest freely.

/** A document whose English runs as long as this pair's: the target is no longer than usual. */
const usualLength = (source: string, target: string): DocumentStats => ({ medianLogRatio: logRatio({ id: "x", source, target })!, madLogRatio: 0.1, count: 50 });

const SOURCE = "Le conseil d'administration a validé vendredi, sur fond de grogne, un plan prolongeant l'activité du site jusqu'en juin, écartant provisoirement le risque d'une fermeture.";

describe("content-addition on a constituent between French anchors side by side", () => {
  it("flags a phrase the French has nothing left to render", () => {
    const target = "Amid growing discontent, the board on Friday approved a stopgap plan extending operations at the site until June with strong union backing, averting the risk of closure for now.";
    const [finding, ...rest] = findingsOf("content-addition", SOURCE, target, { documentStats: usualLength(SOURCE, target) });
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe("with strong union backing");
  });

  it.each([
    ["the faithful rendering", SOURCE,
      "Amid growing discontent, the board on Friday approved a stopgap plan extending operations at the site until June, averting the risk of closure for now."],
    ["a French that says it where the English does",
      "Le conseil d'administration a validé vendredi, sur fond de grogne, un plan prolongeant l'activité du site jusqu'en juin avec l'aval appuyé des syndicats, écartant provisoirement le risque d'une fermeture.",
      "Amid growing discontent, the board on Friday approved a stopgap plan extending operations at the site until June with strong union backing, averting the risk of closure for now."],
  ])("accepts %s", (_, source, target) => {
    expect(findingsOf("content-addition", source, target, { documentStats: usualLength(source, target) })).toEqual([]);
  });
});
