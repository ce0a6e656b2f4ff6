import { describe, expect, it } from "vitest";
import { alignWords } from "@/lib/word-align/align-words";
import { readAttDictionary, pivotLexicon } from "@/lib/word-align/apertium";
import { addApertiumPivot, buildShippedLexicon, fileApertiumPivot, lexiconHas } from "@/lib/word-align/lexicon";
import { wordInfo } from "@/lib/word-align/words";

/** An AT&T dump as `lt-print` writes it: "from to input output weight", "state weight" for finals, "--" between sections. */
function att(lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

// Section 1: maison<n><f> → casa<n><f>, vert<adj> → verde<adj>, vite<adv> → rápido<adj> (a change of part of speech).
// Section 2: a loop (the number patterns), never entered.
const FRENCH_SPANISH = att([
  ...["m:c", "a:a", "i:s", "s:a", "o:ε", "n:ε", "<n>:<n>", "<f>:<f>"].map((arc, index) => `${index === 0 ? 0 : index + 10}\t${index + 11}\t${arc.replace(":", "\t")}\t0.000000\t`),
  "18\t0.000000",
  ...["v:v", "e:e", "r:r", "t:d", "ε:e", "<adj>:<adj>"].map((arc, index) => `${index === 0 ? 0 : index + 20}\t${index + 21}\t${arc.replace(":", "\t")}\t0.000000\t`),
  "26\t0.000000",
  ...["v:r", "i:á", "t:p", "e:ido", "<adv>:<adj>"].map((arc, index) => `${index === 0 ? 0 : index + 30}\t${index + 31}\t${arc.replace(":", "\t")}\t0.000000\t`),
  "35\t0.000000",
  "--",
  "0\t1\t1\t1\t0.000000\t",
  "1\t1\t2\t2\t0.000000\t",
  "1\t2\t<num>\t<num>\t0.000000\t",
  "2\t0.000000",
]);

describe("readAttDictionary", () => {
  it("reads each path to a final state as lemma → lemmas, keeping parts of speech that match", () => {
    const dictionary = readAttDictionary(FRENCH_SPANISH);
    expect(Object.fromEntries(dictionary)).toEqual({ "maison<n>": ["casa"], "vert<adj>": ["verde"] });
  });
});

describe("pivotLexicon", () => {
  const dictionary = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

  it("keeps what both pivots reach, and a lone pivot's renderings only from an unambiguous first step", () => {
    const pivot = pivotLexicon(
      dictionary({ "avocat<n>": ["abogado"], "maison<n>": ["casa"], "temps<n>": ["tiempo", "clima"] }),
      dictionary({ "abogado<n>": ["solicitor", "lawyer"], "casa<n>": ["house", "home"], "tiempo<n>": ["time"], "clima<n>": ["weather"] }),
      dictionary({ "avocat<n>": ["advocat", "alvocat"], "épée<n>": ["espasa"] }),
      dictionary({ "advocat<n>": ["lawyer"], "alvocat<n>": ["avocado"], "espasa<n>": ["sword"] }),
    );
    expect(Object.fromEntries(pivot)).toEqual({ avocat: ["lawyer"], maison: ["house", "home"], épée: ["sword"] });
  });
});

describe("the Apertium pivot in the lexicon", () => {
  it("fills a word the hand lexicon lacks and leaves the words it lists as they are", () => {
    const lexicon = buildShippedLexicon();
    const renders = (french: string, english: string) => {
      const info = wordInfo(french, "source");
      return lexiconHas(lexicon, info.folded, info.stem, wordInfo(english, "target").stem);
    };
    expect(renders("épée", "sword")).toBe(false);
    const added = addApertiumPivot(lexicon, fileApertiumPivot(new Map([["épée", ["sword"]], ["maison", ["household"]]])));
    expect(added).toBe(1);
    expect(renders("épée", "sword")).toBe(true);
    expect(renders("épées", "swords")).toBe(true);
    expect(renders("maison", "household")).toBe(false);
  });

  it("links a word only the installed Apertium dictionaries know", () => {
    const alignment = alignWords("Le forgeron a brisé l'épée.", "The blacksmith broke the sword.");
    const links = alignment.links.map((link) => `${alignment.source[link.source].text}→${alignment.target[link.target].text}`);
    expect(links).toContain("épée→sword");
  }, 120_000);
});
