import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// A French phrase said by one English compound (bench/meaning/news/dev8.json): "dans la nuit" by
// "overnight". Scored in a document whose pairs run longer in English, so that this one is short.
const DOCUMENT_STATS = { medianLogRatio: Math.log(1.05), madLogRatio: 0.1, count: 40 };

describe("content-omission: a French phrase said by an English compound", () => {
  it.each([
    ["Personne n'a été blessé lors de l'attaque de drones qui a visé dans la nuit un dépôt de carburant près d'Odessa, a assuré le gouverneur régional.",
      "No one was injured in the overnight drone attack on a fuel depot near Odesa, the regional governor said."],
  ])("reads “%s” as rendered by “%s”", (source, target) => {
    expect(findingsOf("content-omission", source, target, { documentStats: DOCUMENT_STATS })).toEqual([]);
  });
});
