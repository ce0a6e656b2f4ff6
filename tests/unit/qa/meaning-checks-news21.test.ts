import { describe, expect, it } from "vitest";
import { findingsOf, itAcceptsEach, itFlagsEach, sourceTextOf } from "./helpers";

// Readings added after news21, a blind batch on twenty more new domains: the families its misses showed,
// each read on other sentences too.

describe("content-omission: qualifiers of harm and of state", () => {
  it.each([
    ["Un trapéziste de 27 ans a fait une chute de huit mètres samedi soir à Toulouse, et a été hospitalisé dans un état grave, a-t-on appris auprès des pompiers.",
      "A 27-year-old trapeze artist fell eight metres in Toulouse on Saturday night and was taken to hospital, firefighters said.", /dans un état grave/],
    ["Un motard a été grièvement blessé dans une collision avec un camion sur l'A7.", "A motorcyclist was injured in a collision with a lorry on the A7.", /grièvement/],
    ["Les autorités ont arrêté douze personnes après un accrochage meurtrier mercredi à la frontière nord du royaume.",
      "The authorities arrested twelve people after a clash on the kingdom's northern border on Wednesday.", /accrochage meurtrier/],
    ["Onze survivants ont été extraits des décombres après l'effondrement d'un hôtel en construction à Nakhon Ratchasima.",
      "Eleven survivors were pulled from the rubble after the collapse of a hotel in Nakhon Ratchasima.", /en construction/],
    // A duration measured after "sous".
    ["Le tribunal a ordonné à Cdiscount de retirer sous quinze jours les contrefaçons de sacs Hermès.", "The court ordered Cdiscount to remove the counterfeit Hermès bags.", /sous quinze jours/],
  ])("reports what %j loses in %j", (source, target, where) => {
    const [finding, ...rest] = findingsOf("content-omission", source, target);
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toMatch(where);
  });
  itAcceptsEach("content-omission", [
    ["Un trapéziste a été hospitalisé dans un état grave, a-t-on appris auprès des pompiers.", "A trapeze artist was taken to hospital in a serious condition, firefighters said."],
    ["Un motard a été grièvement blessé dans une collision avec un camion sur l'A7.", "A motorcyclist was seriously injured in a collision with a lorry on the A7."],
    ["Les autorités ont arrêté douze personnes après un accrochage meurtrier à la frontière.", "The authorities arrested twelve people after a deadly clash on the border."],
    ["Onze survivants ont été extraits des décombres d'un hôtel en construction.", "Eleven survivors were pulled from the rubble of a hotel that was being built."],
    // "mortel" and "meurtrier" said of no event: a noun, or a fantasy rage.
    ["Sers-tu Iliah-Malal, mortel ?", "Do you serve Iliah-Malal, living man?"],
    ["Quand un seigneur de guerre apparaît parmi eux, leur rage meurtrière devient une menace pour leurs voisins.", "When a warlord arises among them, their battle-lust becomes a plague upon their neighbours."],
  ]);
});

describe("entity-mismatch: the UN's agencies told apart", () => {
  itFlagsEach("entity-mismatch", [
    ["Le Parlement sierra-léonais a adopté lundi une loi interdisant le mariage des enfants, saluée par l'Unicef comme « une avancée historique ».",
      "Sierra Leone's parliament on Monday passed a law banning child marriage, which UN Women hailed as \"a historic step forward\".", /UN Women/],
    ["Le PNUD a débloqué 20 millions de dollars pour la reconstruction.", "The IOM has released $20 million for reconstruction.", /IOM/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le PNUD a débloqué 20 millions de dollars pour la reconstruction.", "The UN Development Programme has released $20 million for reconstruction."],
    ["Le CIO a suspendu la fédération.", "The IOC has suspended the federation."],
  ]);
});

describe("content-addition: the two countries the sentence names", () => {
  itAcceptsEach("content-addition", [
    ["Le président sierra-léonais Julius Maada Bio a reçu mardi à Freetown son homologue guinéen, le général Mamadi Doumbouya, pour discuter de la sécurisation de la frontière commune, a annoncé la présidence.",
      "Sierra Leone's President Julius Maada Bio hosted his Guinean counterpart, General Mamadi Doumbouya, in Freetown on Tuesday for talks on securing the two countries' shared border, the presidency said."],
  ]);
});

describe("role-reversal: readings new domains asked for", () => {
  itFlagsEach("role-reversal", [
    // Names mixing capitals and figures are one word: "G4S" was three.
    ["Le groupe britannique G4S a été racheté en 2021 par l'américain Allied Universal pour environ 3,8 milliards de livres.",
      "British group G4S acquired U.S.-based Allied Universal in 2021 for about 3.8 billion pounds.", /G4S acquired/],
    // A country named again as a modifier ("Namibia's ministry") leaves the participant's crossing readable.
    ["Le Botswana a vendu à la Namibie quelque 2 000 têtes de bétail, a indiqué mercredi le ministère namibien de l'Agriculture.",
      "Namibia has sold around 2,000 head of cattle to Botswana, Namibia's agriculture ministry said on Wednesday.", /Namibia has sold .* to Botswana/],
    // A reflexive's "être" is no passive, and the subject's "de Montréal" keeps the verb beside it.
    ["Les Canadiens de Montréal se sont inclinés 4-2 face aux Maple Leafs de Toronto samedi soir.", "The Montreal Canadiens beat the Toronto Maple Leafs 4-2 on Saturday night.", /Canadiens beat/],
    // Who is paid, traded.
    ["Le tribunal a condamné Samsung à verser 303 millions de dollars à Netlist.", "The court ordered Netlist to pay $303 million to Samsung.", /pay \$303 million to Samsung/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le groupe britannique G4S a été racheté en 2021 par l'américain Allied Universal pour environ 3,8 milliards de livres.",
      "British group G4S was bought by U.S.-based Allied Universal in 2021 for about 3.8 billion pounds."],
    ["Le Botswana a vendu à la Namibie quelque 2 000 têtes de bétail, a indiqué mercredi le ministère namibien de l'Agriculture.",
      "Botswana has sold around 2,000 head of cattle to Namibia, Namibia's agriculture ministry said on Wednesday."],
    ["Les Canadiens de Montréal se sont inclinés 4-2 face aux Maple Leafs de Toronto samedi soir.", "The Montreal Canadiens lost 4-2 to the Toronto Maple Leafs on Saturday night."],
    ["Le tribunal a condamné Samsung à verser 303 millions de dollars à Netlist.", "The court ordered Samsung to pay $303 million to Netlist."],
    // "à" before a place, and "to" before an infinitive or after "according", are no recipients.
    ["Plus de 12 000 adultes ont été baptisés à Pâques, selon la Conférence des évêques.", "More than 12,000 adults were baptised at Easter, according to the bishops' conference."],
    ["Airbus a racheté à Spirit AeroSystems ses usines de Belfast.", "Spirit AeroSystems sold its Belfast plants to Airbus."],
  ]);
});
