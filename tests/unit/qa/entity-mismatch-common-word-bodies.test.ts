import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// A body English names by capitalised dictionary words ("the Red Cross", "Amnesty International"), none of
// which renders a French word: in place of a French name the target names nowhere, a different body.

describe("entity-mismatch on a name of dictionary words standing in for another", () => {
  itFlagsEach("entity-mismatch", [
    ["Selon un rapport de l'association Emmaüs, les expulsions ont augmenté de 20 %.", "According to a Salvation Army report, evictions rose by 20%.", /^Salvation$/],
    // The sentence may open on it.
    ["Human Rights Watch dénonce la répression au Tibet.", "Amnesty International condemns the crackdown in Tibet.", /^Amnesty$/],
  ]);
});

describe("entity-mismatch on a name translated word by word", () => {
  itAcceptsEach("entity-mismatch", [
    ["La Fondation Abbé Pierre publie son rapport annuel.", "The Abbé Pierre Foundation publishes its annual report."],
    ["Le prix a été remis par la Fondation Cartier à Paris.", "The prize was awarded by the Cartier Foundation in Paris."],
    ["Selon Emmaüs, les expulsions ont augmenté de 20 %.", "According to the charity Emmaus, evictions rose by 20%."],
  ]);
});
