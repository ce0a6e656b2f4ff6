import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// "ni A ni B" negates both members: an English that negates only the second reverses the first.
describe("negation-mismatch on the first member of “ni … ni”", () => {
  itFlagsEach("negation-mismatch", [
    ["Les observateurs de l'OSCE ont jugé le scrutin ni libre ni transparent, dénonçant des bourrages d'urnes.", "OSCE observers judged the vote free but not transparent, denouncing ballot stuffing.", /^free$/],
    ["Le club n'a ni confirmé ni démenti l'arrivée de l'attaquant brésilien.", "The club confirmed but did not deny the Brazilian striker's arrival.", /^confirmed$/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Les observateurs de l'OSCE ont jugé le scrutin ni libre ni transparent, dénonçant des bourrages d'urnes.", "OSCE observers judged the vote neither free nor transparent, denouncing ballot stuffing."],
    ["Les observateurs de l'OSCE ont jugé le scrutin ni libre ni transparent, dénonçant des bourrages d'urnes.", "OSCE observers said the vote was not free or transparent, denouncing ballot stuffing."],
    ["Le club n'a ni confirmé ni démenti l'arrivée de l'attaquant brésilien.", "The club has not confirmed or denied the Brazilian striker's arrival."],
  ]);
});
