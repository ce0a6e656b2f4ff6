import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

// Qualifiers that change what a news sentence claims, weighed alone: a sentence's kind ("avec sursis"),
// mainland France ("en métropole"), a claim of the unusual ("unusually hot") or of figures not yet
// final ("preliminary figures"). Each beside a faithful twin, and one where the other side says it too.

/** French, English without the French qualifier, the qualifier, a faithful English. */
const DROPPED: Array<[string, string, string, string]> = [
  ["La préfecture a interdit jusqu'à nouvel ordre l'accès aux massifs forestiers du sud du département.",
    "The prefecture has banned access to the forests until further notice.", "du sud",
    "The prefecture has banned access to the forests in the south of the department until further notice."],
  ["L'ex-Première ministre Sheikh Hasina a été condamnée par contumace à six mois de prison pour outrage à la cour.",
    "Former prime minister Sheikh Hasina has been sentenced to six months in prison for contempt of court.", "par contumace",
    "Former prime minister Sheikh Hasina has been sentenced in absentia to six months in prison for contempt of court."],
  ["Le fonds sera abondé à parts égales par les deux pays et financera en priorité des projets miniers.",
    "The fund will be financed by the two countries and will give priority to mining projects.", "à parts égales",
    "The fund will be financed equally by the two countries and will give priority to mining projects."],
  ["Crawford s'est imposé aux points à l'unanimité des juges samedi à Las Vegas.",
    "Crawford won on points in Las Vegas on Saturday.", "à l'unanimité",
    "Crawford won a unanimous points decision in Las Vegas on Saturday."],
  ["Leurs contrats passeront à 35 heures hebdomadaires à titre expérimental dans trois académies.",
    "Their contracts will move to 35 hours a week in three regions.", "à titre expérimental",
    "Their contracts will move to 35 hours a week on a trial basis in three regions."],
  ["Le joueur a été suspendu à vie par la fédération pour avoir parié sur ses propres matches.",
    "The player was suspended by the federation for betting on his own matches.", "à vie",
    "The player was banned for life by the federation for betting on his own matches."],
  ["Le procès des deux policiers se tiendra à huis clos à partir de lundi.",
    "The trial of the two police officers will open on Monday.", "à huis clos",
    "The trial of the two police officers will be held behind closed doors from Monday."],
  ["Le directeur par intérim de l'hôpital a annoncé la fermeture du service des urgences.",
    "The hospital's director announced the closure of the emergency department.", "par intérim",
    "The hospital's acting director announced the closure of the emergency department."],
  ["Le soldat a été décoré à titre posthume de la Légion d'honneur.",
    "The soldier was awarded the Legion of Honour.", "à titre posthume",
    "The soldier was posthumously awarded the Legion of Honour."],
  ["Le tribunal l'a condamné à deux ans de prison avec sursis pour fraude fiscale.",
    "The court sentenced him to two years in prison for tax fraud.", "avec sursis",
    "The court gave him a two-year suspended prison sentence for tax fraud."],
  ["C'est le troisième cas de dengue autochtone recensé en métropole cette année.",
    "It is the third locally acquired case of dengue recorded this year.", "en métropole",
    "It is the third locally acquired dengue case recorded in mainland France this year."],
];

/** French, English with an added qualifier, the qualifier, a faithful English. */
const ADDED: Array<[string, string, string, string]> = [
  ["L'ex-Première ministre Sheikh Hasina a été condamnée à six mois de prison pour outrage à la cour par le tribunal de Dacca.",
    "A Dhaka court has sentenced former prime minister Sheikh Hasina in absentia to six months in prison for contempt of court.", "in absentia",
    "A Dhaka court has sentenced former prime minister Sheikh Hasina to six months in prison for contempt of court."],
  ["Le joueur a été suspendu par la fédération pour avoir parié sur ses propres matches.",
    "The player was banned for life by the federation for betting on his own matches.", "for life",
    "The player was suspended by the federation for betting on his own matches."],
  ["Le Parlement a adopté mardi le texte sur la fin de vie après deux ans de débats.",
    "Parliament unanimously passed the end-of-life bill on Tuesday after two years of debate.", "unanimously",
    "Parliament passed the end-of-life bill on Tuesday after two years of debate."],
  ["Le sergent a été décoré de la Légion d'honneur lors d'une cérémonie aux Invalides.",
    "The sergeant was posthumously awarded the Legion of Honour at a ceremony at Les Invalides.", "posthumously",
    "The sergeant was awarded the Legion of Honour at a ceremony at Les Invalides."],
  ["Les vendanges ont commencé dans le Bordelais après un été chaud et sec.",
    "The grape harvest has begun in the Bordeaux region after an unusually hot, dry summer.", "unusually",
    "The grape harvest has got under way in the Bordeaux region after a hot, dry summer."],
  ["Selon les chiffres de l'Insee, le produit intérieur brut a progressé de 0,3 % au troisième trimestre.",
    "According to preliminary Insee figures, gross domestic product grew by 0.3% in the third quarter.", "preliminary",
    "According to Insee figures, gross domestic product rose by 0.3% in the third quarter."],
];

describe("content-omission: a dropped qualifier of a sentence or of a place", () => {
  it.each(DROPPED)("flags %s", (source, wrong, qualifier) => {
    expect(findingsOf("content-omission", source, wrong).map((finding) => sourceTextOf(finding, source))).toContain(qualifier);
  }, 60_000);

  it.each(DROPPED)("stays quiet on the faithful twin of %s", (source, _wrong, _qualifier, right) => {
    expect(findingsOf("content-omission", source, right)).toEqual([]);
  }, 60_000);
});

describe("content-addition: an added claim of the unusual or of provisional figures", () => {
  it.each(ADDED)("flags %s", (source, wrong, qualifier) => {
    const texts = findingsOf("content-addition", source, wrong).map((finding) => targetTextOf(finding, wrong) ?? "");
    expect(texts.some((text) => text.includes(qualifier))).toBe(true);
  }, 60_000);

  it.each(ADDED)("stays quiet on the faithful twin of %s", (source, _wrong, _qualifier, right) => {
    expect(findingsOf("content-addition", source, right)).toEqual([]);
  }, 60_000);

  it("stays quiet when the French says it its own way", () => {
    expect(findingsOf("content-addition", "Les vendanges ont commencé après un été exceptionnellement chaud.",
      "The grape harvest began after an unusually hot summer.")).toEqual([]);
    expect(findingsOf("content-addition", "Selon les résultats provisoires, le candidat sortant l'emporte.",
      "According to preliminary results, the incumbent has won.")).toEqual([]);
  }, 60_000);
});

describe("content-omission: a compass point of a country's name is no qualifier", () => {
  it("stays quiet on “l'Afrique du Sud” and “au centre de l'attention”", () => {
    expect(findingsOf("content-omission", "Le président de l'Afrique du Sud de Cyril Ramaphosa a reçu son homologue.", "Cyril Ramaphosa's South Africa hosted its counterpart.")).toEqual([]);
    expect(findingsOf("content-omission", "Le ministre est au centre de l'attention depuis lundi.", "The minister has been the focus of attention since Monday.")).toEqual([]);
  });
});
