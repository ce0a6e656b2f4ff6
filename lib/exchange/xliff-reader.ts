import { parseIssueNote, SUB_STATE_PREFIX, toSegmentStatus } from "@/lib/exchange/states";
import type { BilingualFile, BilingualStreamReader, BilingualUnit, UnitNote } from "@/lib/exchange/types";
import { createXmlParser, type XmlElement } from "@/lib/exchange/xml-reader";

type SegmentDraft = { id: string | null; source: string | null; target: string | null; state: string | null; rectoStatus: string | null };
type UnitDraft = { id: string; notes: UnitNote[]; segments: SegmentDraft[]; rectoStatus: string | null };

/** Native-code inline elements (and alternatives) whose text is not part of the segment text; po2xliff's PO header unit is skipped whole. */
const SKIPPED = new Set(["alt-trans", "seg-source", "ph", "bpt", "ept", "it", "originalData"]);

function codePoint(hex: string | undefined, fail: (message: string) => never): string {
  const value = /^[0-9A-Fa-f]{1,6}$/.test(hex ?? "") ? Number.parseInt(hex!, 16) : Number.NaN;
  if (!(value <= 0x10ffff)) fail(`<cp hex="${hex ?? ""}"> is not a Unicode code point`);
  return String.fromCodePoint(value);
}

class XliffCollector {
  file: BilingualFile = { sourceLanguage: null, targetLanguage: null, units: [] };
  version: "1.2" | "2.0" | null = null;
  unit: UnitDraft | null = null;
  segment: SegmentDraft | null = null;
  capture: { kind: "source" | "target" | "note"; text: string; element: XmlElement } | null = null;
  skipDepth = 0;

  open(element: XmlElement, fail: (message: string) => never): void {
    if (this.version === null) return this.openRoot(element, fail);
    const { local, attributes } = element;
    const isGettextHeader = attributes.restype === "x-gettext-domain-header";
    if (this.skipDepth > 0 || SKIPPED.has(local) || isGettextHeader) {
      this.skipDepth += 1;
      return;
    }
    if (this.capture) {
      if (local === "cp") this.capture.text += codePoint(attributes.hex, fail);
      return;
    }
    if (local === "file" && this.version === "1.2" && this.file.sourceLanguage === null) {
      this.file.sourceLanguage = attributes["source-language"] ?? null;
      this.file.targetLanguage = attributes["target-language"] ?? null;
    }
    const unitElement = this.version === "1.2" ? "trans-unit" : "unit";
    if (local === unitElement) {
      if (!attributes.id) fail(`<${element.name}> has no id`);
      this.unit = { id: attributes.id, notes: [], segments: [], rectoStatus: attributes["recto:status"] ?? null };
      if (this.version === "1.2") this.segment = this.newSegment(null, null, this.unit.rectoStatus);
    } else if (local === "segment" && this.unit && this.version === "2.0") {
      const subState = attributes.subState ?? "";
      const rectoStatus = subState.startsWith(SUB_STATE_PREFIX) ? subState.slice(SUB_STATE_PREFIX.length) : null;
      this.segment = this.newSegment(attributes.id ?? null, attributes.state ?? null, rectoStatus);
    } else if ((local === "source" || local === "target") && this.segment) {
      if (local === "target" && this.version === "1.2") this.segment.state = attributes.state ?? null;
      this.capture = { kind: local, text: "", element };
    } else if (local === "note" && this.unit) {
      this.capture = { kind: "note", text: "", element };
    }
  }

  openRoot(element: XmlElement, fail: (message: string) => never): void {
    const version = element.attributes.version ?? "";
    if (element.local !== "xliff") fail(`expected an <xliff> root element, found <${element.name}>`);
    if (/^1\.[012]$/.test(version)) this.version = "1.2";
    else if (/^2\.\d$/.test(version)) this.version = "2.0";
    else fail(`unsupported XLIFF version "${version}" (1.2 and 2.0 are supported)`);
    this.file.sourceLanguage = element.attributes.srcLang ?? null;
    this.file.targetLanguage = element.attributes.trgLang ?? null;
  }

  newSegment(id: string | null, state: string | null, rectoStatus: string | null): SegmentDraft {
    const segment = { id, source: null, target: null, state, rectoStatus };
    this.unit!.segments.push(segment);
    return segment;
  }

  close(element: XmlElement, fail: (message: string) => never): void {
    if (this.skipDepth > 0) {
      this.skipDepth -= 1;
      return;
    }
    const capture = this.capture;
    if (capture && capture.element === element) {
      this.capture = null;
      if (capture.kind === "note") this.unit!.notes.push(this.toNote(capture.text, element));
      else this.segment![capture.kind] = capture.text;
    } else if (element.local === "segment" && this.version === "2.0") {
      this.segment = null;
    } else if (this.unit && element.local === (this.version === "1.2" ? "trans-unit" : "unit")) {
      this.finishUnit(this.unit, fail);
      this.unit = null;
      this.segment = null;
    }
  }

  toNote(text: string, element: XmlElement): UnitNote {
    const author = element.attributes["recto:author"] ?? element.attributes.from;
    const note: UnitNote = parseIssueNote(text);
    if (author !== undefined) note.author = author;
    return note;
  }

  finishUnit(unit: UnitDraft, fail: (message: string) => never): void {
    unit.segments.forEach((segment, index) => {
      if (segment.source === null) fail(`unit "${unit.id}" has a segment without <source>`);
      const id = unit.segments.length === 1 ? unit.id : `${unit.id}:${segment.id ?? index + 1}`;
      const state = segment.state;
      const status = toSegmentStatus(state, segment.rectoStatus);
      const notes = index === 0 ? unit.notes : [];
      const parsed: BilingualUnit = { id, source: segment.source!, target: segment.target, state, status, notes };
      this.file.units.push(parsed);
    });
  }

  text(text: string): void {
    if (this.capture && this.skipDepth === 0) this.capture.text += text;
  }
}

/**
 * An XLIFF reader fed chunk by chunk: units are appended to `file.units` as each closes (the caller
 * may take them out between chunks); `close` throws when the file had no <xliff> root.
 */
export function createXliffReader(): BilingualStreamReader {
  const collector = new XliffCollector();
  const parser = createXmlParser("XLIFF", {
    open: (element, fail) => collector.open(element, fail),
    close: (element, fail) => collector.close(element, fail),
    text: (text) => collector.text(text),
  });
  return {
    file: collector.file,
    write: (chunk) => parser.write(chunk),
    close() {
      parser.close();
      if (collector.version === null) throw new Error("XLIFF: the file is empty");
    },
  };
}

/**
 * Reads XLIFF 1.2 or 2.0 into aligned units. Inline codes are dropped (their text is not
 * translatable content); a 2.0 unit with several segments yields `unitId:segmentId` units.
 * Throws XmlReadError (with line and column) on malformed or non-XLIFF input.
 */
export function readXliff(xml: string): BilingualFile {
  const reader = createXliffReader();
  reader.write(xml);
  reader.close();
  return reader.file;
}
