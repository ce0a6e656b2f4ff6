import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// A name the target adds as a noun's modifier ("a Marseille-linked ring"): one word, too short for an
// added phrase, but a place or body the French names nowhere.

describe("content-addition on a name added as a modifier", () => {
  itFlagsEach("content-addition", [
    ["Les douaniers ont saisi deux tonnes de cannabis dans un entrepôt près de Perpignan.", "Customs officers seized two tonnes of cannabis in a Barcelona-linked warehouse near Perpignan.", /^Barcelona-linked$/],
    ["Une association humanitaire a dénoncé les bombardements sur les hôpitaux.", "A Geneva-based humanitarian group condemned the bombing of hospitals.", /^Geneva-based$/],
  ]);
});

describe("content-addition on a name modifier the French says", () => {
  itAcceptsEach("content-addition", [
    ["Une association humanitaire basée à Genève a dénoncé les bombardements sur les hôpitaux.", "A Geneva-based humanitarian group condemned the bombing of hospitals."],
    ["Les douaniers ont saisi deux tonnes de cannabis liées à un réseau de Barcelone.", "Customs officers seized two tonnes of cannabis from a Barcelona-linked ring."],
  ]);
});
