import { describe, expect, it } from "vitest";
import { expectOnlyFinding, findingsOf, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings added after news19, a blind batch on twenty new domains: the families its misses and its
// faithful renderings' false alarms showed, each read on other sentences too.

describe("entity-mismatch: a name of English words in the place of a name French keeps as it is", () => {
  it.each([
    ["Le NTSB a imputé le brûlage de chlorure de vinyle à une évaluation des risques erronée de la compagnie Norfolk Southern.",
      "The NTSB blamed the burn of vinyl chloride on a flawed risk assessment by rail operator Union Pacific.", "Norfolk Southern", "Union Pacific"],
  ])("flags %j rendered %j", (source, target, sourceName, targetName) => {
    expectOnlyFinding("entity-mismatch", source, target, sourceName, targetName);
  });

  itAcceptsEach("entity-mismatch", [
    ["Le NTSB a imputé le brûlage de chlorure de vinyle à une évaluation des risques erronée de la compagnie Norfolk Southern.",
      "The NTSB blamed the burn of vinyl chloride on a flawed risk assessment by rail operator Norfolk Southern."],
    // A French body's name translated into English words is its rendering, not another name.
    ["Le Bureau national de la sécurité des transports a ouvert une enquête sur l'accident de la compagnie Southwest.",
      "The National Transportation Safety Board has opened an investigation into the Southwest accident."],
  ]);
});

describe("names French and English write differently", () => {
  const cases: Array<[string, string]> = [
    // A compound French hyphenates and English runs together, transliterated.
    ["Le Premier ministre a reçu mercredi à Oulan-Bator son homologue japonais.", "The prime minister hosted his Japanese counterpart in Ulaanbaatar on Wednesday."],
    // A country named by a periphrasis, not to say its name twice.
    ["Le Grand-Duché ne renoncera pas à son objectif de neutralité carbone d'ici 2050, a affirmé jeudi le Premier ministre.",
      "Luxembourg will not abandon its goal of carbon neutrality by 2050, the prime minister said on Thursday."],
    ["Les ventes de voitures électriques ont reculé de 12 % outre-Rhin au premier semestre.", "Electric car sales fell by 12% in Germany in the first half."],
  ];
  it.each(cases)("reads %j → %j as faithful", (source, target) => {
    expect([...findingsOf("entity-mismatch", source, target), ...findingsOf("name-mismatch", source, target)]).toEqual([]);
  });
});

describe("role-reversal: words that qualify a noun are no participants", () => {
  itAcceptsEach("role-reversal", [
    // A prenominal adjective is no subject of the noun after it.
    ["Le tribunal a clos ses travaux après avoir condamné trois anciens dirigeants du régime.", "The tribunal has wound up its work, having convicted three former leaders of the regime."],
    // A noun of a compound chain qualifies the chain's last noun, the object.
    ["L'équipe de Chine a remporté pour la onzième fois consécutive le titre mondial par équipes messieurs de tennis de table, en battant la Suède 3-0 en finale à Busan.",
      "China won the men's world team table tennis title for the eleventh consecutive time, beating Sweden 3-0 in the final in Busan."],
    // The inverted subject of a passive is the one acted upon.
    ["Le Chili a cédé des terrains autour du Cerro Armazones, où est construit l'Extremely Large Telescope.",
      "Chile has granted land around Cerro Armazones, where the Extremely Large Telescope is being built."],
  ]);
});

describe("role-reversal across a phrase set off by commas after the subject", () => {
  itFlagsEach("role-reversal", [
    // A converse verb with the subject kept: the subject's verb is read past ", dont le siège est à Luxembourg,".
    ["Le groupe sidérurgique ArcelorMittal, dont le siège est à Luxembourg, a racheté à l'italien Marcegaglia deux usines de tubes en Belgique, a-t-il annoncé lundi.",
      "Luxembourg-based steelmaker ArcelorMittal said on Monday it had sold two tube plants in Belgium to Italy's Marcegaglia.", /sold/],
    // Two participants crossed around one passive, an apposition after the first.
    ["Le Chinois Wang Chuqin, numéro un mondial, a été battu dimanche par le Français Félix Lebrun.",
      "France's Felix Lebrun was beaten on Sunday by world number one Wang Chuqin.", /Lebrun was beaten on Sunday by world number one Wang/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le groupe sidérurgique ArcelorMittal, dont le siège est à Luxembourg, a racheté à l'italien Marcegaglia deux usines de tubes en Belgique, a-t-il annoncé lundi.",
      "Luxembourg-based steelmaker ArcelorMittal said on Monday it had bought two tube plants in Belgium from Italy's Marcegaglia."],
    ["Le Chinois Wang Chuqin, numéro un mondial, a été battu dimanche par le Français Félix Lebrun.",
      "World number one Wang Chuqin of China was beaten on Sunday by France's Felix Lebrun."],
    // A place set off after a name may open an incise: no crossing is read across it.
    ["La société Karoo Platinum n'exploite plus la mine de Ngezi-Sud, au Zimbabwe, depuis le 1er mars, a indiqué un porte-parole.",
      "A spokesman said Karoo Platinum stopped operating the Ngezi-Sud mine in Zimbabwe on March 1."],
  ]);
});

describe("role-reversal: the agent's and the opponent's markers traded", () => {
  itFlagsEach("role-reversal", [
    ["La plainte déposée par une association de personnes adoptées contre l'État néerlandais a été jugée recevable par le tribunal de La Haye.",
      "A complaint filed by the Dutch state against an association of adoptees has been declared admissible by a court in The Hague.", /state against an association/],
    ["Un recours a été introduit par les riverains contre la préfecture.", "An appeal has been lodged by the prefecture against local residents.", /prefecture against local/],
  ]);
  itAcceptsEach("role-reversal", [
    ["La plainte déposée par une association de personnes adoptées contre l'État néerlandais a été jugée recevable par le tribunal de La Haye.",
      "A complaint filed by an association of adoptees against the Dutch state has been declared admissible by a court in The Hague."],
    ["Un recours a été introduit par les riverains contre la préfecture.", "Local residents have lodged an appeal against the prefecture."],
  ]);
});

describe("french-convention: a present with since", () => {
  itAcceptsEach("french-convention", [
    // "WHO" is the organisation, not the pronoun, and "limits" no verb.
    ["La pollution dépasse depuis début décembre cinq fois les normes de l'OMS.", "Pollution has been running at five times WHO limits since early December."],
  ]);
  itFlagsEach("french-convention", [
    ["Elle dirige l'école depuis 2015.", "She runs the school since 2015.", /runs the school since 2015/],
  ]);
});

describe("content-addition: colour an adapter adds to a vote or a match", () => {
  itFlagsEach("content-addition", [
    ["La Cour de justice de l'Union européenne a confirmé mardi l'amende de 2,4 milliards d'euros infligée à Google pour abus de position dominante.",
      "The Court of Justice of the European Union on Tuesday upheld, by a narrow majority, a 2.4-billion-euro fine imposed on Google for abusing its dominant position.", /by a narrow majority/],
    ["L'équipe de Chine a remporté pour la onzième fois consécutive le titre mondial par équipes, en battant la Suède 3-0 en finale à Busan.",
      "China won the world team title for the eleventh consecutive time, beating Sweden 3-0 in the final in Busan in front of a sell-out crowd.", /in front of a sell-out crowd/],
    ["Les députés ont adopté le texte en première lecture.", "MPs overwhelmingly passed the bill at its first reading.", /overwhelmingly passed/],
  ]);
  itAcceptsEach("content-addition", [
    ["Le texte a été adopté à une courte majorité de 289 voix contre 270.", "The bill was passed by a narrow majority of 289 votes to 270."],
    ["Le Stade de France, plein à craquer, a vu les Bleus battre l'Irlande devant 80 000 spectateurs.", "France beat Ireland in front of a sell-out crowd of 80,000 at the Stade de France."],
    ["La note de la France a été abaissée vendredi par l'agence Moody's, qui pointe l'instabilité politique.", "Moody's downgraded France's credit rating on Friday, citing political instability."],
  ]);
});

describe("negation-mismatch: a refusal the French does not say", () => {
  itFlagsEach("negation-mismatch", [
    ["Le Conseil d'État a validé mardi le décret autorisant les couples pacsés à adopter conjointement un enfant.",
      "France's Council of State on Tuesday refused to uphold the decree allowing couples in civil partnerships to adopt a child jointly.", /refused to uphold/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Le Conseil d'État a validé mardi le décret autorisant les couples pacsés à adopter conjointement un enfant.",
      "France's Council of State on Tuesday upheld the decree allowing couples in civil partnerships to adopt a child jointly."],
  ]);
});

// Faithful renderings of clean-dev8 (English restructured freely) that raised alarms.
describe("faithful restructurings: negation said by other words, figures said by other words", () => {
  itAcceptsEach("negation-mismatch", [
    // "faute de partenaire" said "has no sponsor".
    ["L'Open de Rennes-Bretagne n'aura pas lieu cette année faute de partenaire titre, a annoncé mardi son directeur.",
      "The Rennes-Brittany Open has been cancelled this year because it has no title sponsor, its director said on Tuesday."],
    // A "without" phrase whose noun stands past modifiers.
    ["Selon l'Institut suisse pour l'étude de la neige et des avalanches, aucune victime n'avait été recensée en Valais depuis le début de l'hiver avant l'accident de samedi à Verbier.",
      "Until Saturday's accident in Verbier, Valais had gone without a single recorded victim since the start of winter, the Swiss Institute for Snow and Avalanche Research says."],
    // "sans limitation" said "indefinitely".
    ["L'opérateur conservait les données de ses abonnés sans aucune limitation de durée, selon la CNIL.", "The operator kept its subscribers' data indefinitely, according to the CNIL."],
    // "ne sont pas reparties" said "failed to recover", whatever "failed" was paired with.
    ["Les ventes de champagne au Royaume-Uni ne sont pas reparties en 2024 : le Comité Champagne a fait état d'un recul de 12 % des volumes expédiés outre-Manche, à 25,4 millions de bouteilles.",
      "Champagne sales in Britain failed to recover in 2024, with the Comité Champagne reporting that shipments across the Channel fell 12% by volume to 25.4 million bottles."],
  ]);
  itAcceptsEach("content-addition", [
    // "une octogénaire" is "a woman in her eighties".
    ["À Barcelone, l'expulsion d'une octogénaire par la police catalane a été suspendue in extremis mercredi après l'intervention de la maire adjointe chargée du logement, Marta Vilalta.",
      "In Barcelona, Catalan police's eviction of a woman in her eighties was halted at the last minute on Wednesday after the deputy mayor for housing, Marta Vilalta, intervened."],
    // "the two sides" are the parties the sentence names, no figure.
    ["Les négociations entre la famille Lemarchand et le groupe américain Red Lion Holdings sur la vente de l'AS Cherbourg-Cotentin ont échoué, faute d'accord sur le prix, selon L'Équipe.",
      "L'Équipe reports that talks between the Lemarchand family and US group Red Lion Holdings on selling AS Cherbourg-Cotentin have collapsed because the two sides could not agree on a price."],
  ]);
});
