import { describe, expect, it } from "vitest";
import { logRatio } from "@/lib/qa/gaps/length-ratio";
import { findingsOf, targetTextOf } from "./helpers";

// A noun phrase in apposition, set off by commas after a rendered word, none of whose words the
// French renders, where the French goes straight on from that word's counterpart to rendered
// words: added, even when the English moved the subject ("a annoncé le syndicat" → "the union said").
describe("content-addition on an added apposition", () => {
  it.each([
    ["La production de vin devrait reculer de 10 % cette année en France, selon les estimations du ministère.",
      "France's wine production, the largest in the world, is expected to fall by 10% this year, according to ministry estimates.", "the largest in the world"],
    ["Les pilotes d'Air France ont déposé un préavis de grève pour le 12 mai, a annoncé jeudi le syndicat SNPL.",
      "Air France pilots have filed notice of a strike on May 12, the SNPL union, the largest in the profession, said on Thursday.", "the largest in the profession"],
    // "agreement" repeats the "deal" that renders "accord": a French word rendered once renders nothing more.
    ["Le gouvernement britannique a conclu avec l'Allemagne un accord « un pour un », prévoyant le renvoi de migrants arrivés par la mer du Nord.",
      "The British government has struck a \"one in, one out\" deal with Germany, its first such agreement with an EU country, under which migrants arriving across the North Sea will be sent back.",
      "its first such agreement with an EU country"],
  ])("flags “%s” rendered as “%s”", (source, target, added) => {
    // At the document's usual length: an apposition is little of a long sentence.
    const documentStats = { medianLogRatio: logRatio({ id: "x", source, target })!, madLogRatio: 0.1, count: 50 };
    const [finding, ...rest] = findingsOf("content-addition", source, target, { documentStats });
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(added);
  });

  it.each([
    // The French holds the apposition, in words the lexicon may not render.
    ["Les pilotes d'Air France ont déposé un préavis de grève pour le 12 mai, a annoncé jeudi le syndicat SNPL, majoritaire dans la profession.",
      "Air France pilots have filed notice of a strike on May 12, the SNPL union, the largest in the profession, said on Thursday."],
    // A clause with a verb of its own is no apposition.
    ["Maintenant que leur maître n'est plus là, les morts-vivants disparaissent !", "With their master gone, the undead are fading away!"],
  ])("accepts “%s” rendered as “%s”", (source, target) => {
    // A document whose English runs as long as this one: the target is no longer than usual.
    const documentStats = { medianLogRatio: logRatio({ id: "x", source, target })!, madLogRatio: 0.1, count: 50 };
    expect(findingsOf("content-addition", source, target, { documentStats })).toEqual([]);
  });
});
