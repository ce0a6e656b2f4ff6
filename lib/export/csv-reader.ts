import { parse } from "csv-parse/sync";
import type { BilingualFile, BilingualUnit } from "@/lib/export/types";

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

function detectDelimiter(text: string): "," | "\t" | ";" {
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

function parseRows(text: string, delimiter: string): Row[] {
  try {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, info: true }) as unknown as Row[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw new CsvReadError(`CSV is malformed near row ${line}: ${(error as Error).message}`, line);
  }
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
  const units: BilingualUnit[] = [];
  rows.forEach(({ record: row, info }, index) => {
    if (columns.hasHeader && index === 0) return;
    const rowNumber = info.lines;
    const source = row[columns.source];
    const target = row[columns.target];
    if (source === undefined || target === undefined) {
      throw new CsvReadError(`Row ending at line ${rowNumber} has ${row.length} column(s); source and target are both required`, rowNumber);
    }
    const id = (columns.id >= 0 && row[columns.id]) || String(units.length + 1);
    const note = columns.note >= 0 ? row[columns.note] : "";
    units.push({ id, source, target, state: null, status: null, notes: note ? [{ text: note }] : [] });
  });
  return { sourceLanguage: null, targetLanguage: null, units };
}
