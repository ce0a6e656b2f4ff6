import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

const check = (source: string, target: string) => findingsOf("french-convention", source, target);

describe("french-convention", () => {
  it.each([
    ["« Monsieur le Haut-Commissaire, nous échouons à nouveau », a-t-il écrit.", "“Mr. High Commissioner, we are failing again,” he wrote.", "Mr. High Commissioner", "Monsieur le Haut-Commissaire"],
    ["Madame la Ministre, je vous remercie.", "Madam Minister, I thank you.", "Madam Minister", "Madame la Ministre"],
    ["Il s'agit d'une lettre de démission peu relayée par les médias francophones.", "It is about of a resignation letter little disseminated by the French-speaking media.", "It is about of", "Il s'agit d'"],
    ["Le chômage est de 7,5 % cette année.", "Unemployment is 7,5% this year.", "7,5", "7,5"],
    ["L'État a versé 1 400 000 euros.", "The state paid 1 400 000 euros.", "1 400 000", "1 400 000"],
    ["Il vit à Genève depuis trois ans.", "He has lived in Geneva since three years.", "since three years", "depuis trois ans"],
    ["L'aide est versée dans le cadre de l'accord de 2015.", "The aid is paid in the framework of the 2015 agreement.", "in the framework of", "dans le cadre de"],
  ])("flags %j → %j", (source, target, targetText, sourceText) => {
    const [finding, ...rest] = check(source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(sourceTextOf(finding, source)).toBe(sourceText);
  });

  it.each([
    ["les purges (…,) ainsi que", "the purges (…,) as well as", "(…,)"],
    ["Il a dit « non ».", "He said « no ».", "«"],
  ])("flags French punctuation in the English: %j", (source, target, targetText) => {
    const [finding, ...rest] = check(source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(finding.category).toBe("linguistic_punctuation");
  });

  it.each([
    ["Qui est responsable ?", "Who is responsible ?", " ?", " ?"],
    ["Il a dit : non, pas maintenant.", "He said : no, not now.", " :", " :"],
    ["Nous refusons ; nous partirons demain.", "We refuse ; we will leave tomorrow.", " ;", " ;"],
    ["Quelle honte\u00A0!", "What a disgrace\u00A0!", "\u00A0!", "\u00A0!"],
  ])("flags French spacing before ; : ! ?: %j → %j", (source, target, targetText, sourceText) => {
    const [finding, ...rest] = check(source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(sourceTextOf(finding, source)).toBe(sourceText);
    expect(finding.category).toBe("linguistic_punctuation");
  });

  it("names the spaced mark even when the French sets it differently", () => {
    const target = "The minister resigned ; nobody was surprised.";
    const [finding, ...rest] = check("Le ministre a démissionné. Personne n'a été surpris.", target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(" ;");
    expect(finding.sourceSpan).toBeNull();
    expect(finding.message).toContain("“resigned ;”");
  });

  it.each([
    ["Monsieur, votre voiture est prête.", "Mister the Driver, your car is ready.", "Mister the Driver", "Monsieur"],
    ["Madame la Ministre, la séance est ouverte.", "Madam the Minister, the session is open.", "Madam the Minister", "Madame la Ministre"],
    ["Monseigneur, le cardinal est arrivé.", "Mister Lord, the cardinal has arrived.", "Mister Lord", "Monseigneur"],
    ["Merci beaucoup, monsieur.", "Thank you very much, Mister.", "Mister", "monsieur"],
    ["Votre Majesté, le Premier ministre attend.", "Mister the King, the Prime Minister is waiting.", "Mister the King", "Votre Majesté"],
  ])("flags a form of address English does not use: %j → %j", (source, target, targetText, sourceText) => {
    const [finding, ...rest] = check(source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(sourceTextOf(finding, source)).toBe(sourceText);
  });

  it.each([
    ["Les négociations durent depuis plusieurs semaines.", "The talks have been going on since several weeks.", "since several weeks"],
    ["Ils ont été retenus quatre jours et trois nuits.", "They were held since four days and three nights.", "since four days"],
  ])("flags “since” before a duration, with or without “depuis”: %j → %j", (source, target, targetText) => {
    const [finding, ...rest] = check(source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(targetText);
    expect(finding.message).toContain("“for ");
  });

  it("flags a form of address English never uses even without the French one", () => {
    const target = "Thank you, Mister the Mayor, for your welcome.";
    const [finding, ...rest] = check("Merci pour votre accueil.", target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe("Mister the Mayor");
    expect(finding.sourceSpan).toBeNull();
  });

  it.each([
    ["« Monsieur le Président, nous échouons », a-t-il dit.", "“Mr. President, we are failing,” he said."],
    ["« Madame la Présidente, je demande la parole. »", "“Madam Speaker, I ask for the floor.”"],
    ["M. le ministre Bruno Le Maire a répondu.", "Minister Bruno Le Maire replied."],
    ["« Monsieur le Haut-Commissaire », écrit-il à M. Türk.", "“High Commissioner,” he writes to Mr. Türk."],
    ["Ce n'est pas la première fois (…). Dans le cas de l'Ukraine, par exemple.", "It is not the first time (…). In the case of Ukraine, for example."],
    ["Le village compte 1 400 habitants.", "The village has 1,400 inhabitants."],
    ["Le taux est passé de 2,5 à 3,1 %.", "The rate rose from 2.5 to 3.1%."],
    ["Il s'agit d'une lettre de démission.", "This is a resignation letter."],
    ["Il habite à Lyon depuis 2015.", "He has lived in Lyon since 2015."],
    ["Il a démissionné il y a trois ans et se tait depuis.", "He resigned three years ago and has said nothing since three years ago."],
    ["Le texte s'inscrit dans un cadre juridique.", "The text is part of the framework of international law."],
    ["Merci, monsieur.", "Thank you, sir."],
    ["M. Smith a rencontré Lord Cameron.", "Mr. Smith met Lord Cameron."],
    ["« Madame, vous avez raison », a dit M. Dupont.", "“Madam, you are right,” said Mr. Dupont."],
    ["Le film « Mister Nobody » sort mardi.", "The film “Mister Nobody” is out on Tuesday."],
    ["Il est 10 h : la séance reprend.", "It is 10 a.m.: the session resumes."],
    ["Le score : 3 : 1.", "The score: 3 : 1."],
    ["Mme Le Pen a répondu à M. La Fontaine.", "Mrs. Le Pen replied to Mr. La Fontaine."],
  ])("accepts idiomatic English: %j → %j", (source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it("needs the French form of address in the source", () => {
    expect(check("Le haut-commissaire a répondu.", "Mr. High Commissioner replied.")).toEqual([]);
  });
});
