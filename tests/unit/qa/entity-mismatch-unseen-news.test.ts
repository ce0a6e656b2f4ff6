import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Newsroom pairs where one company, person, union or currency stands in another's place, each beside
// its faithful twin: the readings are generic (word shapes, closed classes), not lists of pairs.

describe("entity-mismatch on a name that looks like an inflected French word", () => {
  itFlagsEach("entity-mismatch", [
    // "Collins" is no plural of "colline": its neighbour "Aerospace" linked says nothing of it.
    ["L'américain Collins Aerospace fournira les commandes de vol de l'appareil.", "US group Honeywell Aerospace will supply the aircraft's flight controls.", /^Honeywell$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["L'américain Collins Aerospace fournira les commandes de vol de l'appareil.", "US group Collins Aerospace will supply the aircraft's flight controls."],
  ]);
});

describe("entity-mismatch on one union's initials in another's place", () => {
  itFlagsEach("entity-mismatch", [
    // The other unions' initials beside it spell out no "CFTC".
    ["La CFDT, la CGT et FO ont quitté la table des négociations mardi.", "The CFDT, CGT and CFTC walked out of the negotiations on Tuesday.", /^CFTC$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["La CFDT, la CGT et FO ont quitté la table des négociations mardi.", "The CFDT, CGT and FO walked out of the negotiations on Tuesday."],
  ]);
});

describe("entity-mismatch on a leader named in another's place", () => {
  itFlagsEach("entity-mismatch", [
    // "Poutine" and "between" share a consonant skeleton ("ptn") without sounding alike.
    ["Le chancelier allemand a évoqué la guerre entre Russes et Ukrainiens lors d'un appel avec Vladimir Poutine.",
      "The German chancellor discussed the war between Russia and Ukraine in a call with Volodymyr Zelensky.", /^Zelensky$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le chancelier allemand a évoqué la guerre entre Russes et Ukrainiens lors d'un appel avec Vladimir Poutine.",
      "The German chancellor discussed the war between Russia and Ukraine in a call with Vladimir Putin."],
  ]);
});
