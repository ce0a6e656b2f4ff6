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

describe("content-addition: a part of a group, a predicate, a measure the English adds", () => {
  itFlagsEach("content-addition", [
    // A part of the group just named, set off by commas: one content word is a claim there.
    ["Le site archéologique de Pétra a accueilli plus d'un million de visiteurs en 2023, a indiqué le ministère jordanien du Tourisme.",
      "The archaeological site of Petra welcomed more than one million visitors, most of them from Europe, in 2023, Jordan's tourism ministry said.", /most of them from Europe/],
    ["L'inspection du travail a ordonné l'arrêt du chantier après la chute d'une grue qui a blessé deux ouvriers jeudi matin.",
      "Labour inspectors ordered a halt to work on the site after a crane fell and injured two workers, one of them seriously, on Thursday morning.", /one of them seriously/],
    ["Le parquet de Sofia a ouvert une enquête sur l'attribution d'un contrat public de 120 millions de leva pour la rénovation de l'autoroute Hémus.",
      "Sofia prosecutors have opened an investigation into the award, without a tender, of a 120 million lev public contract to renovate the Hemus motorway.", /without a tender/],
    // A predicate "and" joins to the clause's own.
    ["Condamné pour des abus sexuels sur des centaines de gymnastes, l'ancien médecin Larry Nassar a été poignardé dans une prison de Floride, selon le Bureau fédéral des prisons.",
      "Larry Nassar, the former doctor convicted of sexually abusing hundreds of gymnasts, was stabbed in a Florida prison and remains in critical condition, according to the Federal Bureau of Prisons.", /and remains in critical condition/],
    // A measure.
    ["Le funambule Nathan Paulin a traversé dimanche la Seine sur un câble tendu entre la tour Eiffel et le théâtre de Chaillot.",
      "Tightrope walker Nathan Paulin crossed the Seine on Sunday on a 600-metre cable strung between the Eiffel Tower and the Chaillot theatre.", /600-metre/],
  ]);
  itAcceptsEach("content-addition", [
    ["Le site archéologique de Pétra a accueilli plus d'un million de visiteurs, en majorité européens, en 2023, a indiqué le ministère jordanien du Tourisme.",
      "The archaeological site of Petra welcomed more than one million visitors, most of them from Europe, in 2023, Jordan's tourism ministry said."],
    ["Le funambule Nathan Paulin a traversé dimanche la Seine sur un câble de 600 mètres tendu entre la tour Eiffel et le théâtre de Chaillot.",
      "Tightrope walker Nathan Paulin crossed the Seine on Sunday on a 600-metre cable strung between the Eiffel Tower and the Chaillot theatre."],
    // "including" renders "par exemple", "notamment", "dont": not read as a part added.
    ["Pendant cette période, ils profitent du pouvoir du chevalier, en apprenant par exemple à diriger des subordonnés.",
      "In the process they pick up a good deal of the Knight's power, including the ability to command underlings."],
  ]);
});

describe("word pairing: initials with dots, reporting verbs, light verbs", () => {
  // "U.N." is one word, folded "un", and renders "ONU"; no French phrase is left out.
  itAcceptsEach("content-omission", [
    ["Le roi Abdallah II a averti que la Jordanie n'accueillerait plus de réfugiés, lors d'une rencontre à Amman avec le haut-commissaire de l'ONU pour les réfugiés, Filippo Grandi.",
      "King Abdullah II warned that Jordan would take in no more refugees, at a meeting in Amman with U.N. refugee chief Filippo Grandi."],
  ]);
  // ", a conclu le tribunal" is an incise: "conclu" is "conclure"'s.
  itAcceptsEach("role-reversal", [
    ["L'effondrement du viaduc de Gênes en 2018 est imputable à un défaut d'entretien, a conclu le tribunal, qui a condamné l'ancien patron d'Autostrade per l'Italia, Giovanni Castellucci, à six ans de prison.",
      "The 2018 collapse of the Genoa bridge was caused by poor maintenance, the court concluded as it sentenced former Autostrade per l'Italia chief Giovanni Castellucci to six years in prison."],
  ]);
});
