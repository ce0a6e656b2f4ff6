import { describe, expect, it } from "vitest";
import { isRomanNumeral } from "@/lib/qa/numbers";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news42, a blind batch on twenty new domains, had been written and counted.
describe("isRomanNumeral: a well-formed numeral, not any word of its letters", () => {
  it("reads numerals, bare or with a French ordinal ending", () => {
    expect(["XIV", "xix", "MCMXC"].every((word) => isRomanNumeral(word, "optional"))).toBe(true);
    expect(["XIXe", "Ier", "Ire", "IIIème", "XVIes", "xxeme"].every((word) => isRomanNumeral(word, "ordinal"))).toBe(true);
    expect(isRomanNumeral("XIV", "ordinal")).toBe(false);
  });
  it("reads no name spelt with the numerals' letters", () => {
    expect(["Lille", "Ille", "Civil", "Lviv", "IIII", "VX"].some((word) => isRomanNumeral(word, "optional"))).toBe(false);
  });
});

describe("entity-mismatch: “Lille” is a name, not a Roman ordinal", () => {
  itFlagsEach("entity-mismatch", [
    ["Le tribunal administratif de Lille a rejeté mercredi le recours de riverains contre l'implantation de sept éoliennes.",
      "Amiens administrative court on Wednesday dismissed a challenge by residents to plans for seven wind turbines.", /^Amiens$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le tribunal administratif de Lille a rejeté mercredi le recours de riverains contre l'implantation de sept éoliennes.",
      "Lille administrative court on Wednesday dismissed a challenge by residents to plans for seven wind turbines."],
    ["Au XIXe siècle, la filature employait 300 ouvriers sous le Second Empire de Napoléon III.",
      "In the 19th century the mill employed 300 workers under Napoleon III's Second Empire."],
  ]);
});

describe("role-reversal: a name set beside the subject keeps its verb beside it (“la communauté de communes Millau Grands Causses a emprunté”)", () => {
  itFlagsEach("role-reversal", [
    ["La communauté de communes Millau Grands Causses a emprunté 3 millions d'euros à la Banque des territoires pour financer la rénovation de la piscine.",
      "The Millau Grands Causses community of communes has lent €3 million to the Banque des Territoires to pay for the renovation of the pool.", /has lent/],
  ]);
  itAcceptsEach("role-reversal", [
    ["La communauté de communes Millau Grands Causses a emprunté 3 millions d'euros à la Banque des territoires pour financer la rénovation de la piscine.",
      "The Millau Grands Causses community of communes has borrowed €3 million from the Banque des Territoires to pay for the renovation of the pool."],
  ]);
});

describe("“se voir” before a verb: its subject receives (“le musée s'est vu prêter” is “the museum has borrowed”)", () => {
  const source = "Pour son exposition d'été, le musée Massey s'est vu prêter une quarantaine d'œuvres par le haras national de Tarbes, qui fête cette année ses 220 ans.";
  itFlagsEach("role-reversal", [
    [source, "For its summer exhibition, the Musée Massey has lent some 40 works to the Tarbes national stud, which is celebrating its 220th anniversary this year.", /Massey has lent/],
  ]);
  itAcceptsEach("role-reversal", [
    [source, "For its summer exhibition, the Musée Massey has borrowed some 40 works from the Tarbes national stud, which is celebrating its 220th anniversary this year."],
    [source, "For its summer exhibition, the Musée Massey has been lent some 40 works by the Tarbes national stud, which is celebrating its 220th anniversary this year."],
  ]);
  itAcceptsEach("negation-mismatch", [
    [source, "For its summer exhibition, the Musée Massey has borrowed some 40 works from the Tarbes national stud, which is celebrating its 220th anniversary this year."],
  ]);
});

describe("lexicon: “harmonie”, “fanfare” and “orchestre” are bands", () => {
  const source = "L'Harmonie municipale de Saint-Dié a été battue d'un point par la fanfare Les Cuivres de la Meurthe en finale du concours régional.";
  itFlagsEach("role-reversal", [
    [source, "Saint-Dié's municipal wind band beat the brass band Les Cuivres de la Meurthe by a single point in the final of the regional competition.", /beat the brass/],
  ]);
  itAcceptsEach("role-reversal", [
    [source, "Saint-Dié's municipal wind band lost by a single point to the brass band Les Cuivres de la Meurthe in the final of the regional competition."],
  ]);
});

describe("entity-mismatch: a name's word made from a rendering's stem renders it (“forêts” → “Forestry”)", () => {
  const source = "L'arboretum restera ouvert tout l'hiver, l'Office national des forêts ayant renoncé à la fermeture saisonnière.";
  itAcceptsEach("entity-mismatch", [
    [source, "The arboretum will stay open all winter, after the National Forestry Office dropped a seasonal closure."],
  ]);
  itFlagsEach("entity-mismatch", [
    [source, "The arboretum will stay open all winter, after the National Fisheries Office dropped a seasonal closure.", /National Fisheries Office/],
  ]);
});

describe("role-reversal: an English participant after a subordinator is its own clause's subject (“provided the town pays”)", () => {
  itAcceptsEach("role-reversal", [
    ["À condition que la commune finance la moitié des travaux, l'association Horlogerie comtoise s'engage à restaurer avant l'été l'horloge monumentale de l'église Saint-Maurice, arrêtée depuis la tempête de décembre 1999.",
      "The Horlogerie Comtoise association has pledged to have the great clock of Saint-Maurice church, which has stood still since the December 1999 storm, restored by the summer, provided the town pays for half the work."],
  ]);
  itFlagsEach("role-reversal", [
    // The main clause's participants turned round still are.
    ["À condition que la commune finance la moitié des travaux, l'association Horlogerie comtoise s'engage à restaurer avant l'été l'horloge monumentale de l'église Saint-Maurice.",
      "The great clock of Saint-Maurice church has pledged to restore the Horlogerie Comtoise association by the summer, provided the town pays for half the work.", /clock/],
  ]);
});

describe("lexicon: a “motif” is a reason or grounds", () => {
  itAcceptsEach("content-omission", [
    ["Le salon Coiff'Avenue, à Niort, a été condamné par le conseil de prud'hommes à verser 8 000 euros à une ancienne apprentie, Manon Giraud, licenciée selon les juges sans motif valable en 2022.",
      "A labour tribunal has ordered Niort hair salon Coiff'Avenue to pay €8,000 to a former apprentice, Manon Giraud, finding that she had been dismissed without valid grounds in 2022."],
  ]);
});

describe("role-reversal: “marqué par” says what marked its subject, not who acted", () => {
  itAcceptsEach("role-reversal", [
    ["Lors de la tempête de jeudi, marquée par des rafales de 130 km/h, la centrale nucléaire de Gravelines n’a pas été mise à l’arrêt, a assuré EDF.",
      "During Thursday’s storm, which brought gusts of 130 km/h, the Gravelines nuclear power station was not shut down, EDF said."],
  ]);
  itFlagsEach("role-reversal", [
    ["La cour a été saisie par le gouvernement.", "The court seized the government.", /court seized/],
  ]);
});

describe("negation-mismatch: “n'ont pas pu” is said by “pouvoir”'s English, not “avoir”'s", () => {
  const source = "Faute de feu vert de la préfecture, les plongeurs n’ont pas pu franchir le siphon de la grotte, où ils espéraient battre le record établi en 2019.";
  itAcceptsEach("negation-mismatch", [
    [source, "Without the go-ahead from the prefecture, divers were unable to pass the sump of the cave, where they had hoped to beat the record set in 2019."],
  ]);
  itFlagsEach("negation-mismatch", [
    [source, "Without the go-ahead from the prefecture, divers were able to pass the sump of the cave, where they had hoped to beat the record set in 2019.", /^able$/],
  ]);
});
