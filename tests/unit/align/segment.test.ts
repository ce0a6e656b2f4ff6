import { describe, expect, it } from "vitest";
import { segmentText, type Language } from "@/lib/align/segment";
import { createRandom } from "./random";

const texts = (input: string, language: Language) => segmentText(input, language).sentences.map((s) => s.text);

describe("segmentText sentence rules", () => {
  it.each<[string, Language, string, string[]]>([
    ["keeps French « M. » inside the sentence", "fr", "Il a rencontré M. Dupont hier. Il est reparti.", ["Il a rencontré M. Dupont hier.", "Il est reparti."]],
    ["keeps « Mme » and « Dr. »", "fr", "Mme Durand et le Dr. Martin sont arrivés. Ils parlent.", ["Mme Durand et le Dr. Martin sont arrivés.", "Ils parlent."]],
    ["keeps English Mr. and St.", "en", "“Mr. High Commissioner, we are failing again,” he wrote from St. Louis. Nobody answered.", ["“Mr. High Commissioner, we are failing again,” he wrote from St. Louis.", "Nobody answered."]],
    ["keeps U.S. before a name", "en", "He joined the U.S. Army in 1990. He left in 2000.", ["He joined the U.S. Army in 1990.", "He left in 2000."]],
    ["ends at U.S. before a sentence opener", "en", "He moved to the U.S. The weather was better.", ["He moved to the U.S.", "The weather was better."]],
    ["ends at etc. before a capital", "fr", "Il a cité Gaza, Rafah, etc. Puis il s’est tu.", ["Il a cité Gaza, Rafah, etc.", "Puis il s’est tu."]],
    ["keeps initials", "en", "The book by J. K. Rowling sold well. George W. Bush read it.", ["The book by J. K. Rowling sold well.", "George W. Bush read it."]],
    ["keeps numbers with spaces and decimal commas", "fr", "Au moins 1 400 personnes, soit 2,5 %, sont mortes. Le bilan s’alourdit.", ["Au moins 1 400 personnes, soit 2,5 %, sont mortes.", "Le bilan s’alourdit."]],
    ["keeps numbers with narrow no-break spaces", "fr", "Près de 10\u202f000 morts. Le 7 octobre.", ["Près de 10\u202f000 morts.", "Le 7 octobre."]],
    ["keeps thousands commas and decimals", "en", "At least 1,400 people died, 2.5 times more. Nearly 10,000 were hurt.", ["At least 1,400 people died, 2.5 times more.", "Nearly 10,000 were hurt."]],
    ["keeps p. and No. before numbers", "en", "See p. 12 and No. 5 of the report. It is short.", ["See p. 12 and No. 5 of the report.", "It is short."]],
    ["keeps an elision (…) inside a sentence", "fr", "Il a parlé de purges (…) Et de déclarations explicites. Fin du discours.", ["Il a parlé de purges (…) Et de déclarations explicites.", "Fin du discours."]],
    ["ends after (…). ", "en", "The views are personal (…). The office’s position is clear.", ["The views are personal (…).", "The office’s position is clear."]],
    ["ends at ... before a capital", "fr", "Il hésita... Puis il partit.", ["Il hésita...", "Puis il partit."]],
    ["keeps ... before lower case", "fr", "Il hésita… puis partit. Fin.", ["Il hésita… puis partit.", "Fin."]],
    ["keeps a closing guillemet with its space", "fr", "« C’est fini. » Puis il est parti.", ["« C’est fini. »", "Puis il est parti."]],
    ["keeps guillemets with narrow no-break spaces", "fr", "«\u202fC’est fini.\u202f» Puis il est parti.", ["«\u202fC’est fini.\u202f»", "Puis il est parti."]],
    ["keeps a question in guillemets followed by its speaker", "fr", "« Pourquoi ? » demanda-t-il. Personne ne répondit.", ["« Pourquoi ? » demanda-t-il.", "Personne ne répondit."]],
    ["ends inside curly quotes", "en", "He said: “It is over.” Then he left.", ["He said: “It is over.”", "Then he left."]],
    ["ends inside straight quotes", "en", "He said: \"It is over.\" Then he left.", ["He said: \"It is over.\"", "Then he left."]],
    ["keeps a quote followed by its speaker", "en", "“We are failing again,” he wrote. The letter was public.", ["“We are failing again,” he wrote.", "The letter was public."]],
    ["splits bullets", "fr", "Trois points :\n- la guerre\n- les civils\n* la paix", ["Trois points :", "- la guerre", "- les civils", "* la paix"]],
    ["splits numbered bullets", "en", "Steps:\n1. Read it\n2) Sign it", ["Steps:", "1. Read it", "2) Sign it"]],
    ["joins hard-wrapped lines", "en", "This sentence is\nwrapped over lines. Next one.", ["This sentence is\nwrapped over lines.", "Next one."]],
    ["splits at ? and ! with French spacing", "fr", "Pourquoi ? Parce que ! Voilà.", ["Pourquoi ?", "Parce que !", "Voilà."]],
  ])("%s", (_rule, language, input, expected) => {
    expect(texts(input, language)).toEqual(expected);
  });
});

describe("segmentText paragraphs and headings", () => {
  it("numbers paragraphs at blank lines, including blank lines with spaces and CRLF", () => {
    const result = segmentText("Premier. Deuxième.\r\n \r\nTroisième.\n\n\nQuatrième.", "fr");
    expect(result.sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ["Premier.", 0],
      ["Deuxième.", 0],
      ["Troisième.", 1],
      ["Quatrième.", 2],
    ]);
  });

  it.each([
    ["a short line without end punctuation", "Cas de conscience\n\nDepuis le début de la guerre, il parle.", "Cas de conscience"],
    ["a Markdown heading", "## L’ONU prend ses distances\n\nElle s’est exprimée.", "## L’ONU prend ses distances"],
    ["a Markdown heading glued to its paragraph", "# Titre. Sous-titre\nLe texte commence ici.", "# Titre. Sous-titre"],
  ])("makes %s its own heading paragraph", (_name, input, heading) => {
    const [first, second] = segmentText(input, "fr").sentences;
    expect(first).toMatchObject({ text: heading, isHeading: true, paragraph: 0 });
    expect(second).toMatchObject({ isHeading: false, paragraph: 1 });
  });

  it.each([
    ["a sentence with end punctuation", "Il est parti."],
    ["an emphasised note", "*This article was adapted from its original in French"],
    ["a long line", "Depuis le début de la guerre entre Israël et le Hamas Craig Mokhiber n’est pas le seul haut responsable"],
  ])("does not take %s for a heading", (_name, input) => {
    expect(segmentText(input, "fr").sentences[0].isHeading).toBe(false);
  });
});

const ALPHABET = [
  " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u202f", "\u2028", "\u200b", "\ufeff", ".", ". ", "!", "?", " ?",
  "…", "...", "«", "»", "« ", " »", "“", "”", "\"", "'", "’", "(", ")", "(…)", "#", "# ", "- ", "* ", "1. ", "M. ", "U.S. ",
  "1 400", "2,5", "Il", "the", "Dr.", "é", "A", "b", "😀", "\u0301", "\n- ", "\n# ",
];

function randomText(random: () => number): string {
  let text = "";
  const length = Math.floor(random() * 40);
  for (let k = 0; k < length; k++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return text;
}

describe("segmentText round trip", () => {
  it.each([
    ["", "empty input"],
    [" \n\t ", "whitespace only"],
    ["Une phrase sans fin", "no final punctuation"],
    ["\n\n  Texte précédé de blancs.  \n\n", "leading and trailing blank lines"],
  ])("gives back %j (%s) exactly", (input) => {
    const { leading, sentences } = segmentText(input, "fr");
    expect(leading + sentences.map((s) => s.text + s.separator).join("")).toBe(input);
  });

  it("gives back 2,000 random strings of odd whitespace and Unicode exactly, with trimmed non-empty sentences", () => {
    const random = createRandom(7);
    for (let run = 0; run < 2000; run++) {
      const input = randomText(random);
      const language = run % 2 ? "fr" : "en";
      const { leading, sentences } = segmentText(input, language);
      expect(leading + sentences.map((s) => s.text + s.separator).join(""), JSON.stringify(input)).toBe(input);
      for (const [k, sentence] of sentences.entries()) {
        expect(sentence.text).toMatch(/^\S(?:[\s\S]*\S)?$/u);
        expect(sentence.separator).toMatch(/^\s*$/u);
        if (k > 0) expect(sentence.paragraph).toBeGreaterThanOrEqual(sentences[k - 1].paragraph);
      }
    }
  });
});
