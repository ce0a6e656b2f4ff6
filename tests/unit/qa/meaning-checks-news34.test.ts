import { describe, expect, it } from "vitest";
import { findingsOf, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news37, a blind batch on twenty new domains, had been written and counted.
describe("number-mismatch and content-addition: the tens of Belgium and Switzerland", () => {
  itAcceptsEach("number-mismatch", [
    ["Le club liégeois a déboursé septante mille euros pour le défenseur.", "The Liège club paid €70,000 for the defender."],
    ["La commune compte nonante-deux agents et huitante bénévoles.", "The municipality has 92 staff and 80 volunteers."],
    ["Une septantaine de bénévoles ont nettoyé les berges de la Vesdre.", "Some 70 volunteers cleaned up the banks of the Vesdre."],
  ]);
  itFlagsEach("number-mismatch", [
    ["Le club liégeois a déboursé septante mille euros pour le défenseur.", "The Liège club paid €17,000 for the defender.", /^17,000$/],
  ]);
  itAcceptsEach("content-addition", [
    ["Les violents orages de lundi ont provoqué des inondations à Bastogne et à Vielsalm, où les pompiers sont intervenus à nonante reprises, mais personne n'a été blessé, selon la zone de secours.",
      "Violent storms on Monday caused flooding in Bastogne and Vielsalm, where firefighters were called out ninety times, but no one was injured, according to the emergency services zone."],
  ]);
});

describe("content-addition: “bénévolement” said as “on a voluntary basis”", () => {
  itAcceptsEach("content-addition", [
    ["Les apprentis du centre de formation de Verviers ont restauré bénévolement les bancs de la salle communale, un chantier de trois mois financé par une souscription auprès des habitants.",
      "Apprentices at the Verviers training centre have restored the benches in the community hall on a voluntary basis, a three-month project funded by a subscription among residents."],
  ]);
});

describe("role-reversal: a French participle after its noun is an adjective, not a participant", () => {
  itAcceptsEach("role-reversal", [
    ["Le Muséum de Nantes a lancé une campagne de financement participatif pour restaurer son éléphant naturalisé, arrivé en 1897.",
      "The Nantes Natural History Museum has launched a crowdfunding campaign to restore its stuffed elephant, which arrived in 1897."],
  ]);
  itFlagsEach("role-reversal", [
    // A nationality's adjective in "-ais" is still read there: the two groups are turned round.
    ["Les pêcheurs bretons accusent les chalutiers néerlandais de piller les stocks de bar.", "Dutch trawlers accuse Breton fishermen of plundering sea bass stocks.", /./],
  ]);
});

describe("role-reversal: a winner said by “beat”, whose past is its base", () => {
  itFlagsEach("role-reversal", [
    ["Le Stade rochelais s'est imposé 24-17 face à l'Union Bordeaux-Bègles samedi soir à Marcel-Deflandre, devant 16 000 spectateurs.",
      "Union Bordeaux-Bègles beat Stade Rochelais 24-17 at Marcel-Deflandre on Saturday evening in front of 16,000 spectators.", /beat/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le Stade rochelais s'est imposé 24-17 face à l'Union Bordeaux-Bègles samedi soir à Marcel-Deflandre, devant 16 000 spectateurs.",
      "Stade Rochelais beat Union Bordeaux-Bègles 24-17 at Marcel-Deflandre on Saturday evening in front of 16,000 spectators."],
  ]);
});

describe("role-reversal: a name set off after its noun keeps its clause", () => {
  itFlagsEach("role-reversal", [
    // "the outgoing mayor, Marc Jaquier, finished ahead of": the commas around the name close no clause.
    ["Au second tour, la socialiste Claire Morand a devancé de 204 voix le maire sortant LR, Paul Vautier, avec un taux de participation de 38 %.",
      "In the second round, the outgoing LR mayor, Paul Vautier, finished 204 votes ahead of Socialist Claire Morand on a turnout of 38%.", /finished/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Au second tour, la socialiste Claire Morand a devancé de 204 voix le maire sortant LR, Paul Vautier, avec un taux de participation de 38 %.",
      "In the second round, Socialist Claire Morand finished 204 votes ahead of the outgoing LR mayor, Paul Vautier, on a turnout of 38%."],
  ]);
});

describe("role-reversal: a subject named with its particles (“Musée des Arts Décoratifs”) is one participant", () => {
  itFlagsEach("role-reversal", [
    ["Le musée des Arts décoratifs a confié à l'atelier Ravel, installé à Tours depuis 1971, la restauration de six fauteuils Louis XV.",
      "The Musée des Arts Décoratifs has been entrusted by the Ravel workshop, based in Tours since 1971, with restoring six Louis XV armchairs.", /entrusted/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le musée des Arts décoratifs a confié à l'atelier Ravel, installé à Tours depuis 1971, la restauration de six fauteuils Louis XV.",
      "The Musée des Arts Décoratifs has entrusted the Ravel workshop, based in Tours since 1971, with restoring six Louis XV armchairs."],
  ]);
});

describe("role-reversal: a nation right before the noun of a name keeps qualifying it", () => {
  itAcceptsEach("role-reversal", [
    ["Les universités indiennes ne sont plus absentes du classement : l'Institut indien de technologie de Madras y entre à la 97e place, a salué jeudi le ministre de l'Éducation.",
      "India's education minister on Thursday hailed the fact that Indian universities now feature in the ranking, with the Indian Institute of Technology Madras entering at 97th place."],
  ]);
});

describe("name-mismatch: a word of the names table with one lower-case word closing its phrase", () => {
  itAcceptsEach("name-mismatch", [
    ["Le bassin extérieur ne sera pas accessible avant la mi-août, a précisé jeudi la direction du Centre thermal.",
      "The outdoor pool will not be accessible until mid-August, the spa's management said on Thursday."],
  ]);
  it("still reports the region's name when nothing of its phrase follows", () => {
    const findings = findingsOf("name-mismatch", "La préfecture de la région Centre a publié jeudi un arrêté sécheresse.", "The regional prefecture published a drought order on Thursday.");
    expect(findings.map((finding) => finding.message)).toEqual(["The name “Centre” is missing from the target."]);
  });
});

describe("content-addition: a run before an anchor the English moved up has the room up to the next anchor", () => {
  itFlagsEach("content-addition", [
    // "into receivership" renders "en redressement judiciaire", said before the company in French: the room for the added
    // words ends at "gave", whose counterpart stands right after "Cognac".
    ["Le tribunal de commerce de Cognac a placé jeudi en redressement judiciaire le tonnelier Maison Ferrand, qui emploie 60 personnes à Cognac, et lui a accordé six mois pour trouver un repreneur.",
      "Cognac commercial court on Thursday placed cooper Maison Ferrand, which employs 60 people in Cognac and has been losing money for three years, into receivership and gave it six months to find a buyer.",
      /losing money/],
  ]);
  itAcceptsEach("content-addition", [
    ["Le tribunal de commerce de Cognac a placé jeudi en redressement judiciaire le tonnelier Maison Ferrand, qui emploie 60 personnes à Cognac, et lui a accordé six mois pour trouver un repreneur.",
      "Cognac commercial court on Thursday placed cooper Maison Ferrand, which employs 60 people in Cognac, into receivership and gave it six months to find a buyer."],
  ]);
});

describe("content-addition: a noun said again where the French stands a demonstrative pronoun", () => {
  itAcceptsEach("content-addition", [
    // "celle de mes hommes" is "the support of my men": the English repeats the noun the pronoun stands for.
    ["Je vous offre mon aide et celle de mes hommes, Konrad : vous pourrez désormais recruter des cavaliers.",
      "I offer you my support, Konrad, and the support of my men — from now on you will be able to recruit horsemen."],
  ]);
});

describe("content-omission: “gratuitement” says what something cost", () => {
  it("flags “distribués gratuitement” said as “handed out”", () => {
    const findings = findingsOf("content-omission", "Un boulanger de Vierzon a confectionné pendant l'hiver plus de 2 000 pains qu'il a distribués gratuitement aux sans-abri de la ville.",
      "A Vierzon baker made more than 2,000 loaves over the winter, which he handed out to the town's homeless people.");
    expect(findings.map((finding) => finding.message)).toEqual([expect.stringContaining("“gratuitement”")]);
  });
  itAcceptsEach("content-omission", [
    ["Un boulanger de Vierzon a confectionné pendant l'hiver plus de 2 000 pains qu'il a distribués gratuitement aux sans-abri de la ville.",
      "A Vierzon baker made more than 2,000 loaves over the winter, which he handed out free of charge to the town's homeless people."],
    ["L'entrée du musée sera gratuite le premier dimanche du mois, a annoncé la mairie.", "Admission to the museum will be free on the first Sunday of the month, the town hall said."],
  ]);
});
