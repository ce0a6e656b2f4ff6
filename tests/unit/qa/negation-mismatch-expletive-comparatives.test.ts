import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// After "à moins que", "avant que", "de peur que" the "ne" is expletive, and a "plus" that ends on
// "tôt" or "tard" is a comparative ("plus tôt", earlier), not the particle of "ne … plus".
describe("negation-mismatch: an expletive ne before a comparative plus", () => {
  itAcceptsEach("negation-mismatch", [
    ["Le nageur vise les Jeux de 2028, à moins que son dos ne le contraigne à s'arrêter plus tôt.", "The swimmer is aiming for the 2028 Games, unless his back forces him to stop earlier."],
    ["La ministre veut boucler le dossier avant que les syndicats ne le relancent plus tard.", "The minister wants to close the file before the unions revive it later."],
  ]);
  itFlagsEach("negation-mismatch", [
    ["La ministre a bouclé le dossier, et les syndicats ne le relancent plus.", "The minister has closed the file, and the unions are reviving it.", /./],
  ]);
});
