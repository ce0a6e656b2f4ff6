import { parseIssueNote, toSegmentStatus } from "@/lib/exchange/states";
import type { BilingualFile, BilingualStreamReader, UnitNote } from "@/lib/exchange/types";
import { createXmlParser, type XmlElement } from "@/lib/exchange/xml-reader";

type VariantDraft = { language: string; text: string };
type UnitDraft = { id: string; variants: VariantDraft[]; notes: UnitNote[]; rectoStatus: string | null };
type Capture = { kind: "seg" | "note" | "prop"; text: string; type?: string };

const primary = (language: string) => language.toLowerCase().split(/[-_]/)[0];

/** Inline native codes inside <seg> whose text is markup, not content. */
const SKIPPED = new Set(["bpt", "ept", "it", "ph", "ut"]);

function pick(unit: UnitDraft, language: string | null, fallback: number): VariantDraft | undefined {
  const found = language === null ? undefined : unit.variants.find((variant) => primary(variant.language) === primary(language));
  return found ?? unit.variants[fallback];
}

/**
 * Reads TMX 1.4 into units: source = the header's `srclang` variant (else the first), target =
 * the first other variant (or the one in `targetLanguage`). Throws XmlReadError with line and column.
 */
export function readTmx(xml: string, targetLanguage: string | null = null): BilingualFile {
  const reader = createTmxReader(targetLanguage);
  reader.write(xml);
  reader.close();
  return reader.file;
}

/** readTmx fed chunk by chunk: units are appended to `file.units` as each <tu> closes. */
export function createTmxReader(targetLanguage: string | null = null): BilingualStreamReader {
  const file: BilingualFile = { sourceLanguage: null, targetLanguage, units: [] };
  let unit: UnitDraft | null = null;
  let language: string | null = null;
  let capture: Capture | null = null;
  let skipDepth = 0;
  let isRoot = true;
  let autoId = 0;

  const open = (element: XmlElement, fail: (message: string) => never) => {
    const { local, attributes } = element;
    if (isRoot && local !== "tmx") fail(`expected a <tmx> root element, found <${element.name}>`);
    isRoot = false;
    if (skipDepth > 0 || (capture && SKIPPED.has(local))) skipDepth += 1;
    else if (local === "header") file.sourceLanguage = attributes.srclang === "*all*" ? null : (attributes.srclang ?? null);
    else if (local === "tu") {
      autoId += 1;
      unit = { id: attributes.tuid ?? String(autoId), variants: [], notes: [], rectoStatus: null };
    } else if (local === "tuv") language = attributes["xml:lang"] ?? attributes.lang ?? null;
    else if (local === "seg" && unit) {
      if (language === null) fail("<tuv> has no xml:lang");
      capture = { kind: "seg", text: "" };
    } else if ((local === "note" || local === "prop") && unit && !language) {
      capture = { kind: local, text: "", type: attributes.type };
    }
  };

  const close = (element: XmlElement) => {
    if (skipDepth > 0) skipDepth -= 1;
    else if (capture && element.local === capture.kind) {
      if (capture.kind === "seg") unit!.variants.push({ language: language!, text: capture.text });
      else if (capture.kind === "note") unit!.notes.push(parseIssueNote(capture.text));
      else if (capture.type === "x-recto-status") unit!.rectoStatus = capture.text;
      capture = null;
    } else if (element.local === "tuv") language = null;
    else if (element.local === "tu" && unit) {
      finishUnit(file, unit);
      unit = null;
    }
  };

  const parser = createXmlParser("TMX", { open, close, text: (text) => capture && skipDepth === 0 && (capture.text += text) });
  return { file, write: (chunk) => parser.write(chunk), close: () => parser.close() };
}

function finishUnit(file: BilingualFile, unit: UnitDraft): void {
  const source = pick(unit, file.sourceLanguage, 0);
  if (!source) return;
  const others = { ...unit, variants: unit.variants.filter((variant) => variant !== source) };
  const target = pick(others, file.targetLanguage, 0);
  file.targetLanguage ??= target?.language ?? null;
  const state = unit.rectoStatus;
  const status = toSegmentStatus(null, state);
  file.units.push({ id: unit.id, source: source.text, target: target?.text ?? null, state, status, notes: unit.notes });
}
