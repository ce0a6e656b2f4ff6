import { describe, expect, it } from "vitest";
import { readBilingualUnits, UnitLimitError, type BilingualFormat, type UnitBatch } from "@/lib/exchange/bilingual-stream";
import { readBilingualCsv } from "@/lib/exchange/csv-reader";
import { readTmx } from "@/lib/exchange/tmx-reader";
import { readXliff } from "@/lib/exchange/xliff-reader";
import { XmlReadError } from "@/lib/exchange/xml-reader";

const french = (i: number) => `Le conseil municipal numéro ${i} a voté « ${i * 3} » mesures nouvelles pour les écoles.`;
const english = (i: number) => `Town council number ${i} voted "${i * 3}" new measures for schools.`;
const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

const xliff = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="fr" target-language="en" original="a" datatype="plaintext"><body>\n` +
  range(count).map((i) => `<trans-unit id="u${i}"><source>${french(i)}</source><target state="translated">${english(i)}</target><note from="po">Note ${i}</note></trans-unit>\n`).join("") +
  "</body></file></xliff>\n";
const tmx = (count: number) =>
  `<tmx version="1.4"><header srclang="fr-FR" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>\n` +
  range(count).map((i) => `<tu tuid="${i}"><tuv xml:lang="fr-FR"><seg>${french(i)}</seg></tuv><tuv xml:lang="en-GB"><seg>${english(i)}</seg></tuv></tu>\n`).join("") +
  "</body></tmx>\n";
const csv = (count: number) => "source,target,note\n" + range(count).map((i) => `"${french(i).replaceAll('"', '""')}","${english(i).replaceAll('"', '""')}",n${i}\n`).join("");

async function collect(text: string, format: BilingualFormat, maxUnits = 1_000_000): Promise<UnitBatch[]> {
  const batches: UnitBatch[] = [];
  for await (const batch of readBilingualUnits(text, format, { maxUnits })) batches.push(batch);
  return batches;
}

describe("reading a bilingual file in slices", () => {
  it.each([
    ["XLIFF", "xliff", xliff(2500), (text: string) => readXliff(text)],
    ["TMX", "tmx", tmx(2500), (text: string) => readTmx(text)],
    ["CSV", "csv", csv(2500), (text: string) => readBilingualCsv(text)],
  ] as const)("yields the same %s units as the whole-file reader, in batches of 1,000 spanning slice boundaries", async (_name, format, text, readWhole) => {
    expect(text.length).toBeGreaterThan(3 * 64 * 1024);
    const batches = await collect(text, format);
    expect(batches.map((batch) => batch.units.length)).toEqual([1000, 1000, 500]);
    expect(batches.flatMap((batch) => batch.units)).toEqual(readWhole(text).units);
    const progress = batches.map((batch) => batch.readChars);
    expect(progress.every((chars, k) => k === 0 || chars >= progress[k - 1])).toBe(true);
    expect(batches.at(-1)).toMatchObject({ readChars: text.length, totalChars: text.length });
  });

  it("carries the file's languages on the last batch", async () => {
    expect((await collect(xliff(3), "xliff")).at(-1)).toMatchObject({ sourceLanguage: "fr", targetLanguage: "en" });
    expect((await collect(tmx(3), "tmx")).at(-1)).toMatchObject({ sourceLanguage: "fr-FR", targetLanguage: "en-GB" });
  });

  it.each([
    ["XLIFF", "xliff", xliff(120)],
    ["TMX", "tmx", tmx(120)],
    ["CSV", "csv", csv(120)],
  ] as const)("stops a %s file past the unit cap, naming the cap", async (_name, format, text) => {
    await expect(collect(text, format, 100)).rejects.toThrow(new UnitLimitError(100));
    await expect(collect(text, format, 100)).rejects.toThrow("it has more than 100 translation units, the limit for one import");
    await expect(collect(text, format, 120)).resolves.toHaveLength(1);
  });

  it("names the line of a malformation far into the file", async () => {
    const text = xliff(2000).replace('<trans-unit id="u1500"><source>', '<trans-unit id="u1500"><sourc>');
    const error = await collect(text, "xliff").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(XmlReadError);
    expect(error).toMatchObject({ line: 1502 });
  });
});
