import { describe, expect, it } from "vitest";
import { readXliff } from "@/lib/exchange/xliff-reader";
import { readTmx } from "@/lib/exchange/tmx-reader";
import { readBilingualCsv } from "@/lib/exchange/csv-reader";
import { XmlReadError } from "@/lib/exchange/xml-reader";

const XLIFF_12_FOREIGN = `<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="article.txt" source-language="fr-FR" target-language="en-GB" datatype="plaintext">
    <header><note>file-level note is not a unit note</note></header>
    <body>
      <group id="g1">
        <trans-unit id="p1">
          <source>Il a <g id="1">démissionné</g> fin octobre<x id="2"/>.</source>
          <target state="needs-review-translation">He <g id="1">resigned</g> at the end of October<x id="2"/>.</target>
          <alt-trans><source>ignored</source><target>ignored too</target></alt-trans>
          <note from="Ana">Check the date</note>
        </trans-unit>
      </group>
      <trans-unit id="p2"><source>Sans traduction<ph id="3">&lt;br/&gt;</ph></source></trans-unit>
    </body>
  </file>
</xliff>`;

const XLIFF_20_FOREIGN = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
  <file id="f">
    <unit id="u1">
      <notes><note category="comment">Two sentences</note></notes>
      <segment id="s1" state="reviewed"><source>Nous échouons <pc id="1">encore</pc>.</source><target>We are failing <pc id="1">again</pc>.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2"><source>Monsieur le Haut-Commissaire<ph id="2"/>.</source></segment>
    </unit>
  </file>
</xliff>`;

describe("readXliff on files from other tools", () => {
  it("reads XLIFF 1.2 inline codes, groups, and ignores alt-trans and file notes", () => {
    const file = readXliff(XLIFF_12_FOREIGN);
    expect(file).toEqual({
      sourceLanguage: "fr-FR",
      targetLanguage: "en-GB",
      units: [
        {
          id: "p1",
          source: "Il a démissionné fin octobre.",
          target: "He resigned at the end of October.",
          state: "needs-review-translation",
          status: "flagged",
          notes: [{ text: "Check the date", author: "Ana" }],
        },
        { id: "p2", source: "Sans traduction", target: null, state: null, status: null, notes: [] },
      ],
    });
  });

  it("splits a multi-segment XLIFF 2.0 unit into one unit per segment", () => {
    const { units } = readXliff(XLIFF_20_FOREIGN);
    expect(units.map((unit) => [unit.id, unit.source, unit.target, unit.state, unit.status, unit.notes.length])).toEqual([
      ["u1:s1", "Nous échouons encore.", "We are failing again.", "reviewed", "approved", 1],
      ["u1:s2", "Monsieur le Haut-Commissaire.", null, null, null, 0],
    ]);
  });
});

describe("malformed input", () => {
  it.each([
    ["an unclosed tag", '<xliff version="1.2">\n  <file>\n    <body>\n  </file>', 4, /XLIFF is not well-formed XML at line 4/],
    ["a bad entity", '<xliff version="2.0">\n<file>&nbsp;</file></xliff>', 2, /line 2, column \d+/],
    ["a wrong root", "<html><body/></html>", 1, /expected an <xliff> root element, found <html>/],
    ["an unknown version", '<xliff version="3.1"/>', 1, /unsupported XLIFF version "3.1"/],
    ["a bad <cp>", '<xliff version="2.0"><file id="f"><unit id="u"><segment><source>a<cp hex="zz"/></source></segment></unit></file></xliff>', 1, /not a Unicode code point/],
    ["a unit without id", '<xliff version="1.2"><file><body>\n\n<trans-unit><source/></trans-unit></body></file></xliff>', 3, /has no id/],
  ])("rejects XLIFF with %s, naming line and column", (_name, xml, line, message) => {
    try {
      readXliff(xml);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(XmlReadError);
      expect((error as XmlReadError).line).toBe(line);
      expect((error as XmlReadError).column).toBeGreaterThan(0);
      expect((error as Error).message).toMatch(message);
    }
  });

  it("rejects TMX with a stray closing tag, naming the line", () => {
    expect(() => readTmx('<tmx version="1.4">\n<body>\n</tu>\n</body></tmx>')).toThrow(/TMX is not well-formed XML at line 3/);
  });
});

describe("readTmx on memories from other tools", () => {
  it("picks the source by srclang and the target by language, ignoring inline codes", () => {
    const tmx = `<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header srclang="fr-FR" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
<body>
  <tu><tuv xml:lang="en-US"><seg>He <bpt i="1">&lt;b&gt;</bpt>resigned<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="fr-FR"><seg>Il a démissionné.</seg></tuv></tu>
</body></tmx>`;
    expect(readTmx(tmx)).toEqual({
      sourceLanguage: "fr-FR",
      targetLanguage: "en-US",
      units: [{ id: "1", source: "Il a démissionné.", target: "He resigned.", state: null, status: null, notes: [] }],
    });
  });
});

describe("readBilingualCsv", () => {
  it.each([
    ["CSV with a source/target header", 'id,source,target\n7,"Il a écrit : « Nous échouons »","He wrote: ""We are failing"""\n', "7"],
    ["TSV with fr/en headers", "fr\ten\nIl a écrit : « Nous échouons »\tHe wrote: \"We are failing\"\n", "1"],
    ["CSV without a header", '"Il a écrit : « Nous échouons »","He wrote: ""We are failing"""\r\n', "1"],
    ["semicolon CSV with a BOM", '\uFEFFsource;target\n"Il a écrit : « Nous échouons »";"He wrote: ""We are failing"""\n', "1"],
  ])("reads %s", (_name, text, id) => {
    expect(readBilingualCsv(text).units).toEqual([
      { id, source: "Il a écrit : « Nous échouons »", target: 'He wrote: "We are failing"', state: null, status: null, notes: [] },
    ]);
  });

  it("names the row that lacks a target column", () => {
    expect(() => readBilingualCsv("source,target\nUn,One\n\nDeux\n")).toThrow(/line 4 has 1 column/);
  });

  it("names the line of an unclosed quote", () => {
    expect(() => readBilingualCsv('source,target\n"Un,One\n')).toThrow(/CSV is malformed near row \d+/);
  });

  it("refuses a header row that names no source or target column, instead of importing it as a segment", () => {
    expect(() => readBilingualCsv("id,original_text,translated_text\n1,Il vient.,He comes.\n")).toThrow(/The header row \(id\) names no source and target column/);
    expect(() => readBilingualCsv("texte,note\nIl vient.,Relu\n")).toThrow(/names no target column/);
  });
});
