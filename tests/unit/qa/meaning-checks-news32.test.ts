import { describe, expect, it } from "vitest";
import { findingsOf, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news35, a blind batch on twenty new domains, had been written and counted.
describe("content-addition: a phrase set off by commas beside words that render what the French leaves unlinked", () => {
  itFlagsEach("content-addition", [
    // "thronged" after the apposition renders "se sont pressés": the French has no room left for ", a record attendance,".
    ["Plus de 40 000 spectateurs se sont pressés dans les rues de Bayonne pour le défilé d'ouverture des fêtes, a indiqué la mairie.",
      "More than 40,000 spectators, a record attendance, thronged the streets of Bayonne for the opening parade of the festival, the town hall said.", /^a record attendance$/],
    // "removal workers" is the free rendering of "déménageurs", a word no dictionary here holds: the clause beside it is not a second one.
    ["Une centaine de déménageurs ont manifesté lundi devant la préfecture de Nantes pour réclamer des places de stationnement.",
      "Around a hundred removal workers, some of whom blocked the ring road for an hour, demonstrated outside the Nantes prefecture on Monday to demand parking spaces.", /^some of whom blocked the ring road for an hour$/],
  ]);
  itAcceptsEach("content-addition", [
    ["Plus de 40 000 spectateurs se sont pressés dans les rues de Bayonne pour le défilé d'ouverture des fêtes, a indiqué la mairie.",
      "More than 40,000 spectators thronged the streets of Bayonne for the opening parade of the festival, the town hall said."],
    ["Une centaine de déménageurs ont manifesté lundi devant la préfecture de Nantes pour réclamer des places de stationnement.",
      "Around a hundred removal workers demonstrated outside the Nantes prefecture on Monday to demand parking spaces."],
  ]);
});

describe("role-reversal: a French object made the agent of the English passive", () => {
  itFlagsEach("role-reversal", [
    // "ont accompagné … un groupe" → "were accompanied … by a group": the group now does the accompanying.
    ["Les enseignants du lycée Victor-Hugo ont accompagné pendant une semaine un groupe d'élèves venus de Tübingen.",
      "Teachers at the Lycée Victor-Hugo were accompanied for a week by a group of pupils from Tübingen.", /Victor-Hugo were accompanied for a week by a group/],
  ]);
  it("names the French subject from its clause's start, not the name in its complement", () => {
    const [finding, ...rest] = findingsOf("role-reversal", "Les enseignants du lycée Victor-Hugo ont accompagné pendant une semaine un groupe d'élèves venus de Tübingen.",
      "Teachers at the Lycée Victor-Hugo were accompanied for a week by a group of pupils from Tübingen.");
    expect(rest).toEqual([]);
    expect(finding.message).toContain("has “Les enseignants du lycée Victor-Hugo” act on groupe");
  });
  itAcceptsEach("role-reversal", [
    // The English passive with the French subject as its agent says the same.
    ["Les pompiers de Chamonix ont secouru dimanche deux alpinistes allemands bloqués sous le sommet de l'aiguille Verte.",
      "Two German climbers stranded below the summit of the Aiguille Verte were rescued on Sunday by the Chamonix firefighters."],
    ["Les enseignants du lycée Victor-Hugo ont accompagné pendant une semaine un groupe d'élèves venus de Tübingen.",
      "A group of pupils from Tübingen was accompanied for a week by teachers at the Lycée Victor-Hugo."],
  ]);
});

describe("entity-mismatch: initials in parentheses may take a word's first letters", () => {
  itAcceptsEach("entity-mismatch", [
    // "OFROU" is "Office fédéral des routes", "FEDRO" "Federal Roads Office": one body, each side's initials of its own name.
    ["Le tunnel du Gothard sera fermé trois nuits la semaine prochaine pour des travaux, a indiqué l'Office fédéral des routes (OFROU).",
      "The Gotthard tunnel will be closed for three nights next week for works, the Federal Roads Office (FEDRO) said."],
  ]);
  it("flags another body's initials, and its name", () => {
    const target = "The Gotthard tunnel will be closed for three nights next week for works, the Federal Office of Transport (FOT) said.";
    const findings = findingsOf("entity-mismatch", "Le tunnel du Gothard sera fermé trois nuits la semaine prochaine pour des travaux, a indiqué l'Office fédéral des routes (OFROU).", target);
    expect(findings.map((finding) => target.slice(finding.targetSpan!.start, finding.targetSpan!.end)).sort()).toEqual(["FOT", "Federal Office of Transport"]);
  });
});

describe("grammar: \"whom\" after a preposition is its object", () => {
  itAcceptsEach("grammar", [
    ["Dix personnes, dont la plupart étaient des enfants, sont mortes dans l'incendie.", "Ten people, most of whom were children, died in the fire."],
    ["Une cinquantaine de déménageurs, dont certains avaient roulé toute la nuit, ont manifesté.", "Around fifty removal workers, some of whom had driven through the night, demonstrated."],
  ]);
  itFlagsEach("grammar", [
    ["L'homme qui est ici est parti.", "The man whom is here left.", /^whom$/],
  ]);
});

describe("grammar: articles and \"to\" Harper misreads in edited news English", () => {
  itAcceptsEach("grammar", [
    // "un" + "identified" is said "un": "an" is right; "unanimous" is said "you": "a" is right.
    ["Un drone non identifié a contraint l'aéroport de Copenhague à suspendre ses vols.", "An unidentified drone forced Copenhagen airport to suspend flights."],
    ["Crawford l'a emporté à l'unanimité des juges à Las Vegas.", "Crawford won a unanimous decision in Las Vegas."],
    // "A"/"An" in capitals inside a sentence is a name.
    ["La numéro un mondiale sud-coréenne An Se-young a remporté l'Open de Malaisie.", "South Korea's world number one An Se-young won the Malaysia Open."],
    ["Le maître d'ouvrage danois Femern A/S l'a annoncé mercredi.", "Danish developer Femern A/S said so on Wednesday."],
    // "to" before an adjective in "-ed" and its plural noun is a preposition.
    ["La plupart des bâtiments ne sont toujours pas accessibles aux personnes handicapées.", "Most buildings are still not accessible to disabled people."],
    ["Il est soupçonné d'avoir vendu des armes à des particuliers sans permis.", "He is suspected of selling handguns to unlicensed individuals."],
  ]);
  itFlagsEach("grammar", [
    ["Une union a été formée.", "An union was formed.", /^An$/],
    ["C'était une occasion unique.", "It was an unique chance.", /^an$/],
  ]);
});

describe("content-addition: a French adjective of place rendered by a name made a modifier", () => {
  itAcceptsEach("content-addition", [
    // "sédunois" is of Sion, "guipuscoan" of Gipuzkoa: the English names the place the adjective says.
    ["La banque a racheté un gérant de fortune, une opération qui permet à l'établissement sédunois de s'implanter à Genève.",
      "The bank has bought a wealth manager, a deal that gives the Sion-based bank a foothold in Geneva."],
    ["Euskotren a commandé 28 rames au constructeur guipuscoan CAF pour 190 millions d'euros.",
      "Euskotren has ordered 28 trains from Gipuzkoa-based manufacturer CAF for 190 million euros."],
  ]);
  itFlagsEach("content-addition", [
    // No adjective of place in the French: the English adds one.
    ["Euskotren a commandé 28 rames au constructeur CAF pour 190 millions d'euros.",
      "Euskotren has ordered 28 trains from Gipuzkoa-based manufacturer CAF for 190 million euros.", /^Gipuzkoa-based$/],
  ]);
});

describe("negation-mismatch: verbs of assent on the other side of WordNet's pair", () => {
  itFlagsEach("negation-mismatch", [
    // "valider" renders "approve" and "validate", which WordNet puts on the side of "accept"; "reject" is its antonym.
    ["Le tribunal de commerce de Nanterre a validé jeudi le plan de continuation présenté par la direction.",
      "The Nanterre commercial court on Thursday rejected the continuation plan presented by management.", /^rejected$/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Le tribunal de commerce de Nanterre a validé jeudi le plan de continuation présenté par la direction.",
      "The Nanterre commercial court on Thursday approved the continuation plan presented by management."],
  ]);
});
