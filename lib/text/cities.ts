import { inflectFrench, listOf } from "./countries";

/**
 * Cities news names by their own adjective as often as by their name ("le club lyonnais", "un fonds
 * londonien"), with the names English gives them (accent-folded). A city that is also a country's
 * capital or seat is in the countries table, which stands it for the state; only its adjective is here
 * (SEAT_ADJECTIVES), read as that country's. A name two cities share ("Saint-Denis", "Valence") is left out.
 *
 * Each row: French names / French adjective (masculine singular; the other forms are derived) /
 * English names / English demonyms.
 */
const ROWS = `
marseille / marseillais / marseille, marseilles / marseillais
lyon / lyonnais / lyon, lyons / lyonnais
lille / lillois / lille /
bordeaux / bordelais / bordeaux /
toulouse / toulousain / toulouse /
nice / nicois / nice /
nantes / nantais / nantes /
strasbourg / strasbourgeois / strasbourg /
montpellier / montpellierain / montpellier /
grenoble / grenoblois / grenoble /
rennes / rennais / rennes /
new york / new-yorkais / new york / new yorker, new yorkers
los angeles / angelin / los angeles /
chicago / / chicago /
san francisco / / san francisco /
montreal / montrealais / montreal / montrealer, montrealers
toronto / torontois / toronto /
milan / milanais / milan / milanese
turin / turinois / turin, torino /
naples / napolitain / naples / neapolitan
barcelone / barcelonais / barcelona /
seville / sevillan / seville, sevilla /
munich / munichois / munich /
francfort / francfortois / frankfurt /
hambourg / hambourgeois / hamburg /
geneve / genevois / geneva /
zurich / zurichois / zurich /
anvers / anversois / antwerp /
rotterdam / / rotterdam /
manchester / mancunien / manchester / mancunian
liverpool / / liverpool /
glasgow / / glasgow /
istanbul / stambouliote / istanbul /
saint-petersbourg / petersbourgeois / st petersburg, saint petersburg, st. petersburg /
shanghai / shanghaien / shanghai /
hong kong / hongkongais / hong kong / hongkonger, hongkongers
sydney / / sydney /
cologne / colonais / cologne, koln /
nuremberg / / nuremberg, nurnberg /
dresde / / dresden /
mayence / / mainz /
aix-la-chapelle / / aachen /
treves / / trier /
breme / / bremen /
bale / balois / basel /
lucerne / lucernois / lucerne, luzern /
gand / gantois / ghent /
bruges / brugeois / bruges /
louvain / louvaniste / leuven, louvain /
liege / liegeois / liege /
edimbourg / edimbourgeois / edinburgh /
douvres / / dover /
cantorbery / / canterbury /
florence / florentin / florence / florentine
genes / genois / genoa / genoese
padoue / padouan / padua /
bologne / bolonais / bologna /
palerme / palermitain / palermo /
saragosse / / zaragoza, saragossa /
cadix / / cadiz /
porto / portuan / porto, oporto /
salonique / / thessaloniki, salonica /
tanger / / tangier, tangiers /
fes / / fez, fes /
marrakech / / marrakesh, marrakech /
alexandrie / alexandrin / alexandria /
gdansk / / gdansk, danzig /
odessa / odessite / odesa, odessa /
kharkiv / / kharkiv, kharkov /
sebastopol / / sevastopol /
`;

/** The adjectives of cities that are a country's capital or seat, by the seat's English name in the countries table. */
const SEAT_ADJECTIVES: Record<string, string> = {
  london: "londonien", paris: "parisien", berlin: "berlinois", madrid: "madrilene", brussels: "bruxellois",
  moscow: "moscovite", beijing: "pekinois", vienna: "viennois", lisbon: "lisboete", athens: "athenien",
  cairo: "cairote", algiers: "algerois", tunis: "tunisois", dakar: "dakarois", kyiv: "kievien", warsaw: "varsovien", prague: "pragois",
};

export type City = { key: string; french: string[]; frenchAdjectives: string[]; english: string[]; englishAdjectives: string[] };

export const CITIES: City[] = ROWS.trim().split("\n").map((row) => {
  const [french, adjective, english, demonyms] = row.split("/").map((field) => field.trim());
  return { key: listOf(english)[0], french: listOf(french), frenchAdjectives: listOf(adjective).flatMap(inflectFrench), english: listOf(english), englishAdjectives: listOf(demonyms) };
});

/** The French adjective forms of a seat city, by the seat's English name: "london" → "londonien", "londonienne"… */
export function seatAdjectives(englishSeat: string): string[] {
  const adjective = SEAT_ADJECTIVES[englishSeat.toLowerCase()];
  return adjective === undefined ? [] : inflectFrench(adjective);
}
