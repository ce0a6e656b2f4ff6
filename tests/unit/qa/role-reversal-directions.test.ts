import { describe, expect, it } from "vitest";
import { findingsOf, itAcceptsEach, itFlagsEach } from "./helpers";

// A move's origin and destination traded: read from "de … vers" and "from … to", for any noun or verb of movement.
describe("role-reversal: origin and destination of a move swapped", () => {
  itFlagsEach("role-reversal", [
    ["Les livraisons de gaz de la Norvège vers l'Allemagne ont baissé de 12 % en janvier.", "Gas deliveries from Germany to Norway fell 12% in January.", /^from Germany to Norway$/],
    ["Les vols directs depuis Montréal vers Alger reprendront en juin, a annoncé Air Algérie.", "Direct flights from Algiers to Montreal will resume in June, Air Algérie announced.", /^from Algiers to Montreal$/],
    ["Les migrants partis de Libye vers l'Italie étaient plus de 40 000 cette année.", "More than 40,000 migrants set out from Italy towards Libya this year.", /^from Italy towards Libya$/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Les livraisons de gaz de la Norvège vers l'Allemagne ont baissé de 12 % en janvier.", "Gas deliveries from Norway to Germany fell 12% in January."],
    ["Les vols directs depuis Montréal vers Alger reprendront en juin, a annoncé Air Algérie.", "Direct flights from Montreal to Algiers will resume in June, Air Algérie announced."],
    ["Les migrants partis de Libye vers l'Italie étaient plus de 40 000 cette année.", "More than 40,000 migrants set out from Libya towards Italy this year."],
    // The English may name the destination first: the markers say which end is which.
    ["Les exportations de blé de l'Ukraine vers l'Égypte ont doublé.", "Wheat exports to Egypt from Ukraine have doubled."],
    ["Le prix du billet de Paris vers Lyon a augmenté.", "The price of a ticket to Lyon from Paris has gone up."],
  ]);
});

describe("role-reversal: a swapped move's evidence", () => {
  it("links the places the aligner linked across, not each phrase's first word", () => {
    const source = "Les exportations de pétrole du Kurdistan irakien vers la Turquie ont repris samedi.";
    const target = "Oil exports from Turkey to Iraqi Kurdistan resumed on Saturday.";
    const [finding] = findingsOf("role-reversal", source, target);
    const pairs = finding.evidence?.links.map((link) => [link.source && source.slice(link.source.start, link.source.end), link.target && target.slice(link.target.start, link.target.end)]);
    expect(pairs).toEqual([["Kurdistan", "Kurdistan"], ["Turquie", "Turkey"]]);
  });
});
