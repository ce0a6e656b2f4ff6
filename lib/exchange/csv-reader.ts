import { Readable } from "node:stream";
import { parse as parseStream } from "csv-parse";
import { parse } from "csv-parse/sync";
import type { BilingualFile, BilingualUnit } from "@/lib/exchange/types";

export class CsvReadError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
    this.name = "CsvReadError";
  }
}

const SOURCE_HEADERS = new Set(["source", "source text", "src", "fr", "french", "français", "original", "texte", "texte source"]);
const TARGET_HEADERS = new Set(["target", "target text", "tgt", "en", "english", "anglais", "translation", "traduction", "texte cible"]);
const ID_HEADERS = new Set(["id", "position", "segment", "#"]);
const NOTE_HEADERS = new Set(["note", "notes", "comment"]);

type Columns = { source: number; target: number; id: number; note: number; hasHeader: boolean };

export function detectDelimiter(text: string): "," | "\t" | ";" {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (character: string) => firstLine.split(character).length - 1;
  if (count("\t") > 0) return "\t";
  return count(";") > count(",") ? ";" : ",";
}

function detectColumns(firstRow: string[]): Columns {
  const names = firstRow.map((cell) => cell.trim().toLowerCase());
  const find = (candidates: Set<string>) => names.findIndex((name) => candidates.has(name));
  const source = find(SOURCE_HEADERS);
  const target = find(TARGET_HEADERS);
  if (source === -1 || target === -1) {
    // A first row naming some known columns is a header, not a segment: say which column it lacks.
    const named = firstRow.filter((_, index) => [SOURCE_HEADERS, TARGET_HEADERS, ID_HEADERS, NOTE_HEADERS].some((set) => set.has(names[index])));
    if (named.length > 0) {
      const missing = [source === -1 ? "source" : null, target === -1 ? "target" : null].filter(Boolean).join(" and ");
      throw new CsvReadError(`The header row (${named.join(", ")}) names no ${missing} column; call the columns "source" and "target" (or "fr" and "en")`, 1);
    }
    return { source: 0, target: 1, id: -1, note: -1, hasHeader: false };
  }
  return { source, target, id: find(ID_HEADERS), note: find(NOTE_HEADERS), hasHeader: true };
}

type Row = { record: string[]; info: { lines: number } };

const parseOptions = (delimiter: string) => ({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, info: true });

function malformed(error: unknown): CsvReadError {
  const line = (error as { lines?: number }).lines ?? 0;
  return new CsvReadError(`CSV is malformed near row ${line}: ${(error as Error).message}`, line);
}

function parseRows(text: string, delimiter: string): Row[] {
  try {
    return parse(text, parseOptions(delimiter)) as unknown as Row[];
  } catch (error) {
    throw malformed(error);
  }
}

/** One data row as a unit; `index` counts data rows from 0. */
function toUnit(columns: Columns, { record: row, info }: Row, index: number): BilingualUnit {
  const rowNumber = info.lines;
  const source = row[columns.source];
  const target = row[columns.target];
  if (source === undefined || target === undefined) {
    throw new CsvReadError(`Row ending at line ${rowNumber} has ${row.length} column(s); source and target are both required`, rowNumber);
  }
  const id = (columns.id >= 0 && row[columns.id]) || String(index + 1);
  const note = columns.note >= 0 ? row[columns.note] : "";
  return { id, source, target, state: null, status: null, notes: note ? [{ text: note }] : [] };
}

/**
 * readBilingualCsv row by row: `chunks` are the text's pieces, parsed as they are pulled (csv-parse's
 * stream, so a huge file is never held as rows), yielding one unit per data row.
 */
export async function* streamBilingualCsv(chunks: Iterable<string>, delimiter: string): AsyncGenerator<BilingualUnit> {
  const rows = Readable.from(chunks).pipe(parseStream(parseOptions(delimiter)));
  let columns: Columns | null = null;
  let index = 0;
  try {
    for await (const row of rows as AsyncIterable<Row>) {
      if (columns === null) {
        columns = detectColumns(row.record);
        if (columns.hasHeader) continue;
      }
      yield toUnit(columns, row, index++);
    }
  } catch (error) {
    throw error instanceof CsvReadError ? error : malformed(error);
  } finally {
    rows.destroy();
  }
  if (columns === null) throw new CsvReadError("CSV has no rows", 0);
}

/**
 * Reads CSV, TSV or semicolon-separated text with source/target columns. A header row naming
 * them (source/target, fr/en, …) is detected; otherwise column 1 is source and column 2 target.
 * Throws CsvReadError naming the line of the first bad row.
 */
export function readBilingualCsv(text: string): BilingualFile {
  const rows = parseRows(text, detectDelimiter(text));
  if (rows.length === 0) throw new CsvReadError("CSV has no rows", 0);
  const columns = detectColumns(rows[0].record);
  const data = columns.hasHeader ? rows.slice(1) : rows;
  const units = data.map((row, index) => toUnit(columns, row, index));
  return { sourceLanguage: null, targetLanguage: null, units };
}
