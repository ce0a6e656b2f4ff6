import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// French adjectives of nationality the country table knows in every form, beyond the endings the
// nation-swaps pattern reads ("-ien", "-ais", "-ain", "-ois", "-que"): "belges", "allemands", "serbe".
describe("role-reversal: nationalities in any form the country table knows, traded between noun phrases", () => {
  itFlagsEach("role-reversal", [
    ["Les douaniers belges ont remis à la France un suspect.", "French customs officers handed a suspect over to Belgium.", /French customs officers/],
    ["Les enquêteurs allemands ont transmis à l'Espagne leur rapport.", "Spanish investigators sent their report to Germany.", /Spanish investigators/],
    ["Les autorités espagnoles ont renvoyé vers le Portugal un migrant.", "Portuguese authorities have sent a migrant back to Spain.", /Portuguese authorities/],
    ["L'ambassadeur de Croatie a été convoqué par le ministère serbe des Affaires étrangères.", "Croatia's foreign ministry summoned the Serbian ambassador.", /Serbian ambassador/],
    ["Les autorités afghanes ont livré au Pakistan trois suspects.", "Pakistani authorities handed three suspects over to Afghanistan.", /Pakistani authorities/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Les douaniers belges ont remis à la France un suspect.", "Belgian customs officers handed a suspect over to France."],
    ["Les enquêteurs allemands ont transmis à l'Espagne leur rapport.", "German investigators sent their report to Spain."],
    ["Les autorités espagnoles ont renvoyé vers le Portugal un migrant.", "Spanish authorities have sent a migrant back to Portugal."],
    ["L'ambassadeur de Croatie a été convoqué par le ministère serbe des Affaires étrangères.", "Serbia's foreign ministry summoned the Croatian ambassador."],
    ["Les autorités afghanes ont livré au Pakistan trois suspects.", "Afghan authorities handed three suspects over to Pakistan."],
    // An English adjective the table knows, whatever its ending, still qualifies the phrase: "Swiss", "Greek".
    ["Les Romanches sont les habitants du canton suisse des Grisons, qui parlent le romanche.", "The Romansh people are inhabitants of the Swiss canton of Grisons, who speak Romansh."],
  ]);
});
