import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// How long, or until when: a span of time ("pendant trois semaines", "jusqu'à fin juin") none of whose
// words the English renders anywhere is left out, wherever the aligner puts its anchors.

/** French, English without the span, the span, a faithful English. */
const DROPPED_SPANS: Array<[string, string, string, string]> = [
  ["Le musée d'Orsay restera fermé pendant trois semaines pour des travaux de mise aux normes, a annoncé sa direction.",
    "The Musée d'Orsay will remain closed for safety upgrade work, its management announced.", "pendant trois semaines",
    "The Musée d'Orsay will remain closed for three weeks for safety upgrade work, its management announced."],
  ["Le gouvernement prolonge jusqu'à fin juin le bouclier tarifaire sur l'électricité pour les petites entreprises.",
    "The government is extending the electricity price shield for small businesses.", "jusqu'à fin juin",
    "The government is extending the electricity price shield for small businesses until the end of June."],
  ["Les habitants de l'immeuble ont été relogés au cours des quatre derniers mois dans un hôtel, a précisé la mairie, qui prend en charge les frais.",
    "The building's residents have been rehoused in a hotel, the town hall said, adding that it is covering all of the costs.", "au cours des quatre derniers mois",
    "The building's residents have been rehoused in a hotel over the past four months, the town hall said, adding that it is covering all of the costs."],
  // How often: "chaque" opens a span as well.
  ["Le régulateur oblige désormais les assureurs à publier chaque semestre le montant de leurs réserves, selon un décret paru dimanche.",
    "The regulator now requires insurers to publish the amount of their reserves, according to a decree published on Sunday.", "chaque semestre",
    "The regulator now requires insurers to publish the amount of their reserves every six months, according to a decree published on Sunday."],
];

/** French, English without the year, the time bounded by or at a year, a faithful English. */
const DROPPED_YEARS: Array<[string, string, string, string]> = [
  ["Le constructeur a repoussé jusqu'en 2029 l'ouverture de son usine de batteries près de Dunkerque, faute de commandes suffisantes.",
    "The carmaker has postponed the opening of its battery plant near Dunkirk for lack of sufficient orders.", "jusqu'en 2029",
    "The carmaker has postponed the opening of its battery plant near Dunkirk until 2029 for lack of sufficient orders."],
  ["Le club n'avait plus remporté le championnat de France depuis 1994, a rappelé son président lors de la cérémonie.",
    "The club had not won the French league, its president recalled at the ceremony.", "depuis 1994",
    "The club had not won the French league since 1994, its president recalled at the ceremony."],
  ["La centrale, mise en service en juin 1987, produit le quart de l'électricité de la région.",
    "The plant, commissioned, produces a quarter of the region's electricity.", "en juin 1987",
    "The plant, commissioned in June 1987, produces a quarter of the region's electricity."],
  // A duration measured after "de" or "pour": "un état d'urgence de trois mois" is a three-month one.
  ["Le président a signé lundi un décret instaurant un état d'urgence de trois mois à Oulan-Bator en raison de la pollution atmosphérique.",
    "The president on Monday signed a decree imposing a state of emergency in Ulaanbaatar over air pollution.", "de trois mois",
    "The president on Monday signed a decree imposing a three-month state of emergency in Ulaanbaatar over air pollution."],
  ["Les autorités laotiennes ont fermé pour une semaine toutes les écoles de Vientiane en raison d'une pollution de l'air.",
    "Lao authorities have closed all schools in Vientiane because of air pollution.", "pour une semaine",
    "Lao authorities have closed all schools in Vientiane for a week because of air pollution."],
];

/** French, English without the day, the day, a faithful English: news dates what it reports by the day of the week. */
const DROPPED_DAYS: Array<[string, string, string, string]> = [
  ["Des agriculteurs ont bloqué jeudi matin l'accès au port de Brest pour protester contre les importations de volaille.",
    "Farmers blocked access to the port of Brest in protest against poultry imports.", "jeudi matin",
    "Farmers blocked access to the port of Brest on Thursday morning in protest against poultry imports."],
  ["Le Premier ministre recevra mercredi les représentants des syndicats à Matignon pour discuter de la réforme des retraites.",
    "The Prime Minister will receive union representatives at Matignon to discuss the pension reform.", "mercredi",
    "The Prime Minister will receive union representatives at Matignon on Wednesday to discuss the pension reform."],
];

/** French, and a faithful English that renders its span by another unit of time, by its figure alone or by an idiom. */
const RENDERED_SPANS: Array<[string, string]> = [
  ["L'acteur, qui n'avait plus tourné depuis dix ans, fera son retour dans un film réalisé par sa fille.",
    "The actor, who had not made a film for a decade, will return to the screen in a movie directed by his daughter."],
  ["La grotte est habitée par des chauves-souris depuis des siècles, selon les guides du parc.",
    "Bats have lived in the cave for ages, according to the park's guides."],
  ["Les deux pays coopèrent en matière de renseignement depuis le début de la guerre.",
    "The two countries have cooperated on intelligence since the war began."],
  ["Un incendie s'est déclaré dans la nuit de samedi à dimanche dans un entrepôt de Rouen, ont indiqué les pompiers.",
    "A fire broke out overnight on Saturday at a warehouse in Rouen, firefighters said."],
  ["Le quartier, bâti depuis les années 1990 sur d'anciennes friches industrielles, accueille aujourd'hui 12 000 habitants.",
    "The district, built since the 1990s on former industrial wasteland, is now home to 12,000 residents."],
  ["Le maire de Lille a annoncé lundi qu'il ne se représenterait pas aux prochaines élections municipales.",
    "The mayor of Lille announced yesterday that he would not stand again in the next municipal elections."],
  ["La mairie publie chaque mois le nombre de logements vacants dans la ville.", "The town hall publishes the number of vacant homes in the city monthly."],
  ["L'usine contrôle chaque jour la qualité de l'eau rejetée dans la rivière.", "The plant checks the quality of the water it discharges into the river daily."],
  // A Roman ordinal is a figure, the figure right after the span too, and an era a unit of time.
  ["Des royaumes succédant aux Hephthalites survécurent jusqu'à la fin du VIIème siècle.",
    "Some Hephthalite successor kingdoms survived until the late 7th century."],
  // A span said in words of another unit, the English giving its own figure of years.
  ["Le chômage est tombé sur les six premiers mois de l'année à son plus bas niveau depuis un quart de siècle, selon l'Insee.",
    "Unemployment fell in the first six months of the year to its lowest level in 25 years, according to Insee."],
  ["Les ventes de vinyles ont atteint sur l'ensemble de l'année leur plus haut niveau depuis un demi-siècle, selon le syndicat des éditeurs.",
    "Vinyl sales for the year as a whole reached their highest level in 50 years, according to the publishers' association."],
  ["La Syrie gagna graduellement son indépendance au cours des années 1940.", "Syria gradually gained independence during the 1940s."],
  // A measured duration that is an age or a time of day, or a month named, and one English says in a compound.
  ["Un enfant de 6 ans, porté disparu depuis samedi, a été retrouvé sain et sauf dans un bois voisin.", "A six-year-old boy missing since Saturday was found safe and well in nearby woods."],
  ["Le paludisme a tué plus de 600 000 personnes, dont une majorité d'enfants de moins de cinq ans en Afrique.", "Malaria killed more than 600,000 people, most of them children under five in Africa."],
  ["L'animatrice quitte la présentation du journal de 20 heures après quinze ans d'antenne.", "The presenter is stepping down from the 8pm news after 15 years on air."],
  ["Le thermomètre a grimpé jusqu'à 42 degrés à Carpentras, un record pour un mois de juin.", "Temperatures climbed as high as 42 degrees in Carpentras, a June record."],
  ["Venise fera payer un droit d'entrée de cinq euros aux visiteurs d'un jour.", "Venice will charge day-trippers a five-euro entry fee."],
  // "depuis des années" said "long": an English word of time renders it.
  ["Le Conseil d'État a validé le décret, une mesure réclamée depuis des années par les associations familiales.", "The Council of State upheld the decree, a measure long demanded by family associations."],
  // A year said as a span from now: the English's own figure and unit of time render it.
  ["Le village n'a plus d'école depuis 2015, selon le maire.", "The village has had no school for ten years, according to the mayor."],
  ["L'empire Moghol dirigea la plupart du sous-continent pendant la majorité du début des temps modernes.",
    "The Mughal Empire ruled most of the subcontinent throughout the early modern era."],
];

describe("content-omission of a span of time", () => {
  it.each(DROPPED_SPANS)("reports a span the English renders nowhere: %s", (source, target, span) => {
    const found = findingsOf("content-omission", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toContain(span);
  });

  it.each(DROPPED_SPANS)("is quiet when the English renders the span: %s", (source, _target, _span, faithful) => {
    expect(findingsOf("content-omission", source, faithful)).toEqual([]);
  });

  it.each(DROPPED_YEARS)("reports a time at or bounded by a year the English gives nowhere: %s", (source, target, span) => {
    const found = findingsOf("content-omission", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toContain(span);
  });

  it.each(DROPPED_YEARS)("is quiet when the English gives the year: %s", (source, _target, _span, faithful) => {
    expect(findingsOf("content-omission", source, faithful)).toEqual([]);
  });

  it.each(DROPPED_DAYS)("reports a day of the week the English names nowhere: %s", (source, target, day) => {
    const found = findingsOf("content-omission", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toContain(day);
  });

  it.each(DROPPED_DAYS)("is quiet when the English names the day: %s", (source, _target, _day, faithful) => {
    expect(findingsOf("content-omission", source, faithful)).toEqual([]);
  });

  it.each(RENDERED_SPANS)("is quiet on a span rendered by another unit, its figure or an idiom: %s", (source, target) => {
    expect(findingsOf("content-omission", source, target)).toEqual([]);
  });
});
