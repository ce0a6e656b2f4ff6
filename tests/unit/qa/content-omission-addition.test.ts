import { describe, expect, it } from "vitest";
import { logRatio } from "@/lib/qa/gaps/length-ratio";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

describe("content-omission and content-addition", () => {
  it("names the French words left out of an otherwise literal rendering", () => {
    const source = "Le ministre a signé le décret présidentiel dans son bureau de la capitale nationale.";
    const [finding, ...rest] = findingsOf("content-omission", source, "The minister signed the presidential decree.");
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toBe("dans son bureau de la capitale nationale");
    expect(finding.evidence?.links).toEqual([{ source: finding.sourceSpan, target: null, score: 0 }]);
  });

  it("reads a number spelt out in French and given in digits in English as rendered", () => {
    const source = "Le journal a annoncé un plan de départs portant sur une quarantaine de postes, sur un effectif de 300 salariés.";
    expect(findingsOf("content-omission", source, "The newspaper announced a redundancy plan covering about 40 of its 300 jobs.")).toEqual([]);
  });

  it("names a parenthetical dropped between two rendered words", () => {
    const source = "Le maire, réélu en mars avec une large majorité, a présenté son budget.";
    const [finding] = findingsOf("content-omission", source, "The mayor presented his budget.");
    expect(sourceTextOf(finding, source)).toBe("réélu en mars avec une large majorité");
    expect(finding.message).toContain("may have been left out");
  });

  it("names a two-word clause dropped between commas, though the target is barely shorter", () => {
    const source = "Le ministre, réuni avec ses homologues, a annoncé une réforme des retraites.";
    const [finding, ...rest] = findingsOf("content-omission", source, "The minister announced a reform of pensions.");
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toBe("réuni avec ses homologues");
  });

  it("names a list item left out, though the rest of the sentence moved", () => {
    const source = "Le ministre a reçu hier les syndicats, les patrons et les étudiants.";
    const [finding, ...rest] = findingsOf("content-omission", source, "Yesterday the minister received unions and students.");
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toBe("les patrons");
  });

  it("names the second of two coordinated words left out (“fatigué et découragé” → “tired”)", () => {
    const source = "Le ministre était fatigué et découragé, et il a démissionné.";
    const [finding, ...rest] = findingsOf("content-omission", source, "The minister was tired and resigned.");
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toBe("et découragé");
  });

  it("accepts the second of two coordinated words rendered", () => {
    expect(findingsOf("content-omission", "Le ministre était fatigué et découragé, et il a démissionné.", "The minister was tired and discouraged, and he resigned.")).toEqual([]);
  });

  it.each([
    ["Le gouvernement a annoncé une réforme des retraites.", "The government announced a reform of pensions after a long debate.", "after a long debate"],
    ["Le maire a présenté son budget.", "The mayor presented his budget, under strong protest.", "under strong protest"],
  ])("names a short phrase added at the end of %j", (source, target, added) => {
    const [finding, ...rest] = findingsOf("content-addition", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(added);
  });

  it.each([
    ["Le gouvernement a présenté son budget.", "The government presented its budget to a stunned parliament in complete secrecy.", "to a stunned parliament in complete secrecy"],
    ["Le ministre a signé le décret présidentiel.", "The minister signed the presidential decree in his office in the national capital.", "in his office in the national capital"],
    ["Le gouvernement a annoncé une réforme.", "The government announced a reform, with the help of the opposition parties.", "with the help of the opposition parties"],
  ])("names the English words added to %j", (source, target, added) => {
    const [finding] = findingsOf("content-addition", source, target);
    expect(targetTextOf(finding, target)).toBe(added);
  });

  it.each([
    ["Le ministre a annoncé sa démission mardi.", "The minister announced his resignation on Tuesday, as Barnier had demanded.", "as Barnier had demanded", "Barnier"],
    // Not longer than usual (the English condenses "ce mardi matin"): the name is what gives the clause away.
    ["Le ministre de l'Intérieur a finalement annoncé sa démission ce mardi matin.", "The interior minister resigned on Tuesday, as Barnier had demanded.", "as Barnier had demanded", "Barnier"],
    ["Le gouvernement a présenté son budget.", "The government presented its budget, with the support of Merkel.", "with the support of Merkel", "Merkel"],
  ])("names a clause of its own naming someone the French never names: %j", (source, target, added, name) => {
    const [finding, ...rest] = findingsOf("content-addition", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(added);
    expect(finding.message).toContain(`the source names no “${name}”`);
  });

  it.each([
    // The name is in the French, spelt its own way.
    ["Le ministre a annoncé sa démission mardi, comme l'avait exigé Kadhafi.", "The minister announced his resignation on Tuesday, as Gaddafi had demanded."],
    // A French name translated word by word: "la Forêt Noire" is the Black Forest.
    ["Les randonneurs se sont perdus, dans la Forêt Noire.", "The hikers got lost, in the Black Forest."],
  ])("accepts names the French has, or a clause it renders: %j", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });

  it.each([
    ["Le ministre a signé le décret présidentiel.", "The minister signed the presidential decree."],
    ["Garard, semblait-il, attendait avec anxiété des nouvelles des frontières de Wesnoth.", "Garard, it seemed, was anxious to hear news from the borders of Wesnoth."],
    ["Quelque chose ne tourne pas rond à propos de ce village...", "Something does not feel right about that village..."],
    ["Le maire, réélu en mars avec une large majorité, a présenté son budget.", "The mayor, re-elected in March with a large majority, presented his budget."],
    ["Le gouvernement a présenté hier son budget pour l'année prochaine.", "Yesterday the government presented its budget for next year."],
    // "Le ministre a signé le décret présidentiel" reads "presidential decree": a local inversion is no gap.
    ["Le ministre a signé hier le décret présidentiel.", "Yesterday the minister signed the presidential decree."],
    // French "or" is gold as well as a conjunction: a word the other side can render is no addition.
    ["Le ministre a rendu leur or aux musées.", "The minister returned to the museums their precious gold."],
    ["Le ministre a annoncé la réforme, mais sans date.", "The minister announced the reform, but with no date."],
    ["Le ministre a reçu les syndicats, les patrons et les élus locaux.", "The minister received unions, employers and local officials."],
  ])("stays silent on a paraphrase: %j → %j", (source, target) => {
    expect(findingsOf("content-omission", source, target)).toEqual([]);
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });
  it("names a middle list item left out though the last item's rendering has a word of its own (“and the student representatives”)", () => {
    const source = "Le ministre a reçu les syndicats, les patrons et les représentants des étudiants.";
    const [finding, ...rest] = findingsOf("content-omission", source, "The minister received the unions and the student representatives.");
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toBe("les patrons");
    expect(findingsOf("content-omission", source, "The minister received the unions, the employers and the student representatives.")).toEqual([]);
  });

  it("names a middle list item left out though the last item has no link either (“et des betteraves sucrières” / “and sugar beet”)", () => {
    const source = "La coopérative vend du blé, de l'orge et des betteraves sucrières.";
    const [finding, ...rest] = findingsOf("content-omission", source, "The cooperative sells wheat and sugar beet.");
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toBe("de l'orge");
    expect(finding.message).toContain("an item of a list");
    expect(findingsOf("content-omission", source, "The co-op sells wheat, barley and sugar beet.")).toEqual([]);
  });

  it("names a member coordinated to a rendered noun where the French has none (“roads [and a primary school]”)", () => {
    const source = "Les inondations ont endommagé des routes dans le sud du département.";
    const target = "The floods damaged roads and a primary school in the south of the department.";
    const [finding, ...rest] = findingsOf("content-addition", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe("and a primary school");
    expect(finding.message).toContain("coordinated to “roads”");
    expect(findingsOf("content-addition", source, "Flooding damaged roads in the southern part of the department.")).toEqual([]);
  });

  it.each([
    // The French coordinates too: the member renders "et des ponts".
    ["Les inondations ont endommagé des routes et des ponts dans le sud du département.", "The floods damaged roads and several bridges in the south of the department."],
    // A doublet of adjectives renders one French word.
    ["Le ministre était découragé.", "The minister was weary and discouraged."],
    // After a comma, a subject its verb follows opens a clause of its own: "the Serb" renders "le Serbe" moved, no member of "final".
    ["Battu pour la deuxième fois en finale par son rival espagnol, Djokovic a reconnu qu'il avait manqué d'énergie.", "His Spanish rival has now beaten Djokovic twice in a final, and the Serb admitted he had lacked energy."],
  ])("accepts a coordinated member the French has, or a doublet: %j", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });

  it("names a clause of its own added to a target barely longer than the document's usual (“, their third walkout this year”)", () => {
    const source = "Les enseignants du lycée Victor-Hugo de Besançon ont cessé le travail lundi matin pour dénoncer la suppression de trois postes.";
    const target = "Teachers at the Victor-Hugo high school in Besançon stopped work on Monday morning to denounce the loss of three posts, their third walkout this year.";
    // A document whose English runs long: this target is only 5 % longer than its usual ratio.
    const documentStats = { medianLogRatio: logRatio({ id: "x", source, target })! - 0.05, madLogRatio: 0.1, count: 50 };
    const [finding, ...rest] = findingsOf("content-addition", source, target, { documentStats });
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe("their third walkout this year");
    expect(finding.message).toContain("a clause of its own");
    const twin = "Teachers at Besançon's Victor-Hugo high school walked out on Monday morning over the loss of three teaching posts.";
    expect(findingsOf("content-addition", source, twin, { documentStats })).toEqual([]);
  });

  it("names a list item left out of a pair too short for a length ratio", () => {
    const source = "Merci à Paul, Jean et Marie.";
    const [finding, ...rest] = findingsOf("content-omission", source, "Thanks to Paul and Marie.");
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toBe("Jean");
    expect(findingsOf("content-omission", source, "Thanks to Paul, Jean and Marie.")).toEqual([]);
  });

  describe("prepositional phrases", () => {
    it("names a prepositional phrase dropped from the end of a sentence whose other words are not all linked", () => {
      const source = "Les rebelles ont attaqué plusieurs villages dans le nord du pays.";
      const [finding, ...rest] = findingsOf("content-omission", source, "The rebels attacked several villages.");
      expect(rest).toEqual([]);
      expect(sourceTextOf(finding, source)).toBe("dans le nord du pays");
      expect(finding.message).toContain("none of its words has a rendering in the English");
      expect(finding.evidence?.links).toEqual([{ source: finding.sourceSpan, target: null, score: 0 }]);
    });

    it("stays silent when the phrase is rendered by a phrase of its own", () => {
      expect(findingsOf("content-omission", "Les rebelles ont attaqué plusieurs villages dans le nord du pays.", "The rebels attacked several villages in the north of the country.")).toEqual([]);
      expect(findingsOf("content-omission", "Les manifestants se sont rassemblés devant le parlement.", "Protesters gathered outside parliament.")).toEqual([]);
    });

    it("names a dropped phrase whose neighbours the target renders loosely", () => {
      const source = "Les secours ont évacué des centaines de familles vers des gymnases de la ville.";
      const [finding, ...rest] = findingsOf("content-omission", source, "Rescuers evacuated hundreds of families.");
      expect(rest).toEqual([]);
      expect(sourceTextOf(finding, source)).toBe("vers des gymnases de la ville");
    });

    it("names an added prepositional phrase after words the aligner left unlinked (“downed tools”)", () => {
      const target = "Workers downed tools before the summer holidays.";
      const [finding, ...rest] = findingsOf("content-addition", "Les ouvriers ont cessé le travail.", target);
      expect(rest).toEqual([]);
      expect(targetTextOf(finding, target)).toBe("before the summer holidays");
      expect(finding.message).toContain("none of its words has a rendering in the French");
    });

    it("stays silent on a phrase the source has, and on a bare noun after a preposition (“in person”)", () => {
      expect(findingsOf("content-addition", "Le président a rencontré le premier ministre au palais.", "The president met the prime minister at the palace.")).toEqual([]);
      expect(findingsOf("content-addition", "Le président a rencontré le premier ministre.", "The president met the prime minister in person.")).toEqual([]);
    });
  });

  it.each([
    ["L'inflation a ralenti à 2,3 % sur un an en octobre, contre 2,9 % en septembre, selon l'Insee.", "Inflation slowed to 2.3% year on year in October from 2.9% in September, the INSEE statistics agency said."],
    ["En raison d'une grève des contrôleurs aériens, la DGAC a demandé aux compagnies d'annuler un vol sur deux à Orly mardi.", "Civil aviation authority DGAC asked airlines to cancel half their flights at Orly on Tuesday because of an air traffic controllers' strike."],
    ["Le prix Goncourt a été attribué à Kamel Daoud pour « Houris », un roman sur la guerre civile algérienne des années 1990.", "The Prix Goncourt, France's top literary award, went to Kamel Daoud for \"Houris\", a novel about Algeria's civil war in the 1990s."],
    // A name the English keeps in French, its elided words unlinked: "d'État" still ends the name the gloss follows.
    ["Le Conseil d’État a annulé jeudi le décret autorisant la chasse à la glu dans cinq départements.", "The Conseil d'État, France's top administrative court, on Thursday overturned the decree allowing glue trapping in five départements."],
    // The name opening the sentence, spelt as in the French.
    ["Météo-France a placé douze départements en vigilance rouge canicule à partir de mardi midi.", "Météo-France, the national weather service, has put twelve départements on red heatwave alert from midday on Tuesday."],
  ])("reads a descriptive noun phrase in apposition to a name of the source as a gloss, not an addition: %j → %j", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });

  it.each([
    ["Le prix Goncourt a été attribué à Kamel Daoud pour « Houris », un roman sur la guerre civile algérienne des années 1990.", "The Prix Goncourt, which Gallimard sponsors in Lyon, went to Kamel Daoud for \"Houris\", a novel about Algeria's civil war in the 1990s.", "which Gallimard sponsors in Lyon"],
    ["Le prix Goncourt a été attribué à Kamel Daoud pour « Houris », un roman sur la guerre civile algérienne des années 1990.", "The Prix Goncourt went to Kamel Daoud, Macron's former adviser, for \"Houris\", a novel about Algeria's civil war in the 1990s.", "Macron's former adviser"],
    ["L'inflation a ralenti à 2,3 % sur un an en octobre, selon l'Insee.", "Inflation slowed to 2.3% year on year in October, the INSEE agency said after a meeting in Lyon with bankers.", "said after a meeting in Lyon with bankers"],
  ])("still names an apposition with a verb or another name, or a clause after a gloss: %j → %j", (source, target, added) => {
    const [finding] = findingsOf("content-addition", source, target);
    expect(targetTextOf(finding, target)).toBe(added);
  });

  it.each([
    ["Battu pour la quatrième fois par son rival slovène, Vingegaard a reconnu à l'arrivée qu'il n'avait « rien pu faire ».", "His Slovenian rival has now beaten Vingegaard four times, and the Dane admitted at the finish that he \"could do nothing\"."],
    ["Battu en finale par Carlos Alcaraz, Jack Draper a reconnu que son adversaire avait été « le meilleur ».", "Carlos Alcaraz beat Jack Draper in the final, and the Briton admitted his opponent had been \"the better player\"."],
  ])("reads “the Dane”, “the Briton” for a person the sentence names, as a pronoun, not an addition: %j → %j", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });

  it("names a name the source never names, joined by “and” to one it renders (“the Podemos and Junts parties”)", () => {
    const source = "Pedro Sánchez a été réélu jeudi président du gouvernement grâce au soutien du parti Podemos.";
    const target = "Pedro Sánchez was re-elected prime minister on Thursday with the support of the Podemos and Junts parties.";
    const [finding, ...rest] = findingsOf("content-addition", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe("and Junts");
    expect(findingsOf("content-addition", "Pedro Sánchez a été réélu jeudi président du gouvernement grâce au soutien des partis Podemos et Junts.", target)).toEqual([]);
  });

  it("names a member coordinated to a rendered word at the end of its clause (“killing five people and wounding dozens”)", () => {
    const source = "Les forces de sécurité soudanaises ont tiré sur des manifestants à Khartoum, tuant au moins cinq personnes, selon un comité de médecins.";
    const target = "Sudanese security forces opened fire on protesters in Khartoum, killing at least five people and wounding dozens, according to a doctors' committee.";
    const [finding] = findingsOf("content-addition", source, target);
    expect(targetTextOf(finding, target)).toBe("and wounding dozens");
  });

  it("accepts a coordinated member the French has too", () => {
    expect(findingsOf("content-addition", "Les forces de sécurité ont tiré sur des manifestants, tuant cinq personnes et en blessant des dizaines, selon des médecins.", "Security forces opened fire on protesters, killing five people and wounding dozens, according to doctors.")).toEqual([]);
  });

  it("accepts an English coordination that regroups words the French says inside its clause", () => {
    expect(findingsOf("content-addition", "Le ministre et sa petite équipe de conseillers ont voyagé pendant des jours, se rapprochant peu à peu de Kiev.", "For days, the minister and his small team of advisers travelled, moving nearer and nearer to Kyiv.")).toEqual([]);
  });
});

describe("content-addition on a fraction after a number", () => {
  it("reads “three and a quarter hours” as the French “trois heures quinze”, and “trois ans et demi” too", () => {
    expect(findingsOf("content-addition", "Le trajet entre Paris et Bordeaux prendra trois heures quinze pendant les travaux.", "The journey between Paris and Bordeaux will take three and a quarter hours during the works.")).toEqual([]);
    expect(findingsOf("content-addition", "Le chantier du tramway durera trois ans et demi.", "Work on the tramway will last three and a half years.")).toEqual([]);
  });

  it("still flags “and a half” the French does not say", () => {
    const target = "Work on the tramway will last three and a half years.";
    expect(findingsOf("content-addition", "Le chantier du tramway durera trois ans.", target).map((finding) => targetTextOf(finding, target))).toEqual(["and a half"]);
  });
});
