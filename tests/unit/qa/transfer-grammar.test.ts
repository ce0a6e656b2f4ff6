import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

const spansOf = (source: string, target: string) => findingsOf("grammar", source, target).map((finding) => targetTextOf(finding, target));

// Errors French grammar leads a news translator into, each beside its corrected twin.
describe("grammar: errors carried over from French grammar", () => {
  it.each([
    ["Les cours ne reprendront pas tant que les enseignants ne seront pas payés.", "Classes will not resume until the teachers will be paid.", "Classes will not resume until the teachers are paid.", "will be"],
    ["La ligne restera fermée jusqu'à ce que les ingénieurs aient terminé l'inspection.", "The line will stay closed until engineers will have finished the inspection.", "The line will stay closed until engineers have finished the inspection.", "will have"],
    ["Les agriculteurs seront indemnisés dès que la récolte sera évaluée.", "Farmers will be compensated as soon as the harvest will be assessed.", "Farmers will be compensated as soon as the harvest is assessed.", "will be"],
    ["Une fois que le vaccin sera approuvé, la campagne commencera.", "Once the vaccine will be approved, the campaign will begin.", "Once the vaccine is approved, the campaign will begin.", "will be"],
    ["Quand la ligne ouvrira, les coûts auront doublé.", "By the time the line will open, costs will have doubled.", "By the time the line opens, costs will have doubled.", "will open"],
    ["Le nombre d'élèves par classe a augmenté depuis trois ans.", "The number of pupils per class have risen for three years.", "The number of pupils per class has risen for three years.", "have"],
    ["La part des exploitations dirigées par des femmes progresse.", "The proportion of farms run by women are growing.", "The proportion of farms run by women is growing.", "are"],
    ["La part du fret transporté par le rail était de 9 % l'an dernier.", "The share of freight carried by rail were 9% last year.", "The share of freight carried by rail was 9% last year.", "were"],
    ["Les dirigeants européens se réuniront jeudi à Bruxelles.", "Europeans leaders will meet in Brussels on Thursday.", "European leaders will meet in Brussels on Thursday.", "Europeans"],
    ["La frappe a fait de lourdes pertes civiles.", "The strike caused heavy civilians casualties.", "The strike caused heavy civilian casualties.", "civilians"],
    ["Les producteurs italiens ont baissé leurs prix.", "Italians producers have cut their prices.", "Italian producers have cut their prices.", "Italians"],
    ["Des chercheurs ukrainiens ont publié l'étude.", "Ukrainians researchers published the study.", "Ukrainian researchers published the study.", "Ukrainians"],
    ["Le groupe n'a pas dit où ouvrira la nouvelle usine.", "The group has not said where will open the new factory.", "The group has not said where the new factory will open.", "will open"],
    ["On ignore combien de temps durera la grève des cheminots.", "It is not known how long will last the rail strike.", "It is not known how long the rail strike will last.", "will last"],
    ["Nul ne sait combien coûtera le nouveau campus.", "Nobody knows how much will cost the new campus.", "Nobody knows how much the new campus will cost.", "will cost"],
  ])("flags %j → %j, not its twin", (source, wrong, right, span) => {
    expect(spansOf(source, wrong)).toContain(span);
    expect(spansOf(source, right)).toEqual([]);
  });

  it.each([
    ["Once again the council will vote on the budget.", "once again is an adverb"],
    ["Schools will stay open until the government says otherwise, and exams will go ahead.", "will after the clause"],
    ["They will wait until the day that will decide the harvest.", "a relative may take will"],
    ["The number of people who have left the region doubled.", "a relative has its own subject"],
    ["A number of farmers are selling their land.", "a number of is plural"],
    ["Europeans always complain about the weather in Brussels.", "an adverb is no plural noun"],
    ["Americans travel more by car than Europeans do.", "a verb after a plural subject"],
    ["Republicans lawmakers voted against the article.", "a party's name"],
    ["It is unclear how many will lose their jobs.", "how many may be the subject"],
    ["When will all the students return to class?", "a predeterminer begins the subject"],
    ["How can farmers pay the new tax?", "a subject before its verb"],
  ])("leaves correct English alone: %j (%s)", (target) => {
    expect(spansOf("—", target)).toEqual([]);
  });
});
