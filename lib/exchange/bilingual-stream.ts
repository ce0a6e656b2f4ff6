import { detectDelimiter, streamBilingualCsv } from "@/lib/exchange/csv-reader";
import { createTmxReader } from "@/lib/exchange/tmx-reader";
import type { BilingualStreamReader, BilingualUnit } from "@/lib/exchange/types";
import { createXliffReader } from "@/lib/exchange/xliff-reader";

export type BilingualFormat = "xliff" | "tmx" | "csv";

/** One batch of units in file order, with what is known of the file so far. */
export type UnitBatch = {
  units: BilingualUnit[];
  /** Characters of the text read so far, of `totalChars`: for a progress bar. */
  readChars: number;
  totalChars: number;
  sourceLanguage: string | null;
  targetLanguage: string | null;
};

/** The file has more units than one import may hold. */
export class UnitLimitError extends Error {
  constructor(readonly limit: number) {
    super(`it has more than ${limit.toLocaleString("en")} translation units, the limit for one import`);
    this.name = "UnitLimitError";
  }
}

/** The reader for a file name's extension (.tmx, .csv/.tsv, anything else XLIFF). */
export function bilingualFormat(fileName: string): BilingualFormat {
  const extension = fileName.split(".").pop()!.toLowerCase();
  return extension === "tmx" ? "tmx" : extension === "csv" || extension === "tsv" ? "csv" : "xliff";
}

/** Characters handed to the parser at a time: a slice parses in a few milliseconds. */
const SLICE_CHARS = 64 * 1024;

function* slices(text: string, onSlice: (end: number) => void): Generator<string> {
  for (let start = 0; start < text.length; start += SLICE_CHARS) {
    onSlice(Math.min(text.length, start + SLICE_CHARS));
    yield text.slice(start, start + SLICE_CHARS);
  }
}

/**
 * Reads a bilingual file's decoded text in slices and yields its units in batches of `batchSize`
 * (the last batch, possibly empty, carries the final languages). Only a batch and a slice are held
 * at a time, never every unit. Past `maxUnits` units it throws UnitLimitError; a malformed file
 * throws the format reader's error (XmlReadError, CsvReadError) naming where.
 */
export async function* readBilingualUnits(
  text: string,
  format: BilingualFormat,
  options: { maxUnits: number; batchSize?: number },
): AsyncGenerator<UnitBatch> {
  const batchSize = options.batchSize ?? 1000;
  let readChars = 0;
  let count = 0;
  let pending: BilingualUnit[] = [];
  let languages = { sourceLanguage: null as string | null, targetLanguage: null as string | null };
  const take = (units: BilingualUnit[]) => {
    count += units.length;
    if (count > options.maxUnits) throw new UnitLimitError(options.maxUnits);
    pending.push(...units);
  };
  const batch = (): UnitBatch => {
    const units = pending;
    pending = [];
    return { units, readChars, totalChars: text.length, ...languages };
  };
  const pieces = slices(text, (end) => (readChars = end));
  if (format === "csv") {
    for await (const unit of streamBilingualCsv(pieces, detectDelimiter(text))) {
      take([unit]);
      if (pending.length >= batchSize) yield batch();
    }
  } else {
    const reader: BilingualStreamReader = format === "tmx" ? createTmxReader() : createXliffReader();
    for (const piece of pieces) {
      reader.write(piece);
      take(reader.file.units.splice(0));
      languages = { sourceLanguage: reader.file.sourceLanguage, targetLanguage: reader.file.targetLanguage };
      while (pending.length >= batchSize) {
        const rest = pending.splice(batchSize);
        yield batch();
        pending = rest;
      }
    }
    reader.close();
    take(reader.file.units.splice(0));
    languages = { sourceLanguage: reader.file.sourceLanguage, targetLanguage: reader.file.targetLanguage };
  }
  readChars = text.length;
  yield batch();
}
