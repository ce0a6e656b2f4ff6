export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
export type DecodeTextReason = "too-large" | "empty" | "binary" | "invalid-encoding";

/** Why an uploaded file cannot be read as text; `reason` is a stable code, the message names the file. */
export class DecodeTextError extends Error {
  readonly reason: DecodeTextReason;
  constructor(reason: DecodeTextReason, message: string) {
    super(message);
    this.name = "DecodeTextError";
    this.reason = reason;
  }
}

export const DEFAULT_MAX_TEXT_BYTES = 20 * 1024 * 1024;
const SNIFF_BYTES = 4096;
// Control characters other than tab, line feed, form feed and carriage return, C0 and C1.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/gu;
// Bytes 0x80–0x9F that Windows-1252 maps to printable punctuation French text uses (€ … Œ ‘ ’ “ ” • – — œ).
const WINDOWS_1252_PUNCTUATION = new Set([0x80, 0x85, 0x8c, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x9c]);

function capitalise(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

/**
 * Bytes of an uploaded .txt/.md file → its text. Accepts UTF-8 (with or without BOM), UTF-16 (BOM, or
 * clearly UTF-16 without one) and Windows-1252 when the bytes are not UTF-8 but read as Western text.
 * Drops only the byte-order mark; never trims or normalises. Throws DecodeTextError otherwise.
 */
export function decodeText(
  bytes: Uint8Array,
  options: { label?: string; maxBytes?: number } = {},
): { text: string; encoding: TextEncoding } {
  const label = options.label ?? "the text";
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES;
  if (bytes.length > maxBytes) {
    throw new DecodeTextError(
      "too-large",
      `${capitalise(label)} is ${formatMegabytes(bytes.length)}, over the ${formatMegabytes(maxBytes)} limit; split it into smaller documents.`,
    );
  }
  const encoding = sniffEncoding(bytes, label);
  const text = encoding === "windows-1252" ? decodeWindows1252(bytes) : decodeStrict(bytes, encoding, label);
  assertLooksLikeText(text, label);
  return { text, encoding };
}

function sniffEncoding(bytes: Uint8Array, label: string): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const bomless = sniffUtf16(bytes);
  if (bomless) return bomless;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DecodeTextError("binary", `${capitalise(label)} looks binary (it contains a NUL byte at offset ${nul}); upload a plain-text .txt or .md file.`);
  }
  if (controlShare(bytes) > 0.005) {
    throw new DecodeTextError("binary", `${capitalise(label)} looks binary (it is full of control bytes); upload a plain-text .txt or .md file.`);
  }
  if (isValidUtf8(bytes)) return "utf-8";
  if (looksLikeWindows1252(bytes)) return "windows-1252";
  const offset = firstInvalidUtf8Offset(bytes);
  throw new DecodeTextError(
    "invalid-encoding",
    `${capitalise(label)} is not valid UTF-8 (byte 0x${bytes[offset].toString(16).padStart(2, "0")} at offset ${offset}) and does not read as Windows-1252 text; save it as UTF-8 and try again.`,
  );
}

/** Share of C0 control bytes other than tab, line feed, form feed and carriage return in the first bytes. */
function controlShare(bytes: Uint8Array): number {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let k = 0; k < length; k++) {
    const byte = bytes[k];
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return length ? controls / length : 0;
}

/** UTF-16 without BOM: in Latin-script text every other byte is zero. */
function sniffUtf16(bytes: Uint8Array): TextEncoding | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let k = 0; k < length; k += 2) {
    if (bytes[k] === 0) evenZeros++;
    if (bytes[k + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > 0.6 * pairs && evenZeros < 0.05 * pairs) return "utf-16le";
  if (evenZeros > 0.6 * pairs && oddZeros < 0.05 * pairs) return "utf-16be";
  return null;
}

function decodeStrict(bytes: Uint8Array, encoding: Exclude<TextEncoding, "windows-1252">, label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeTextError("invalid-encoding", `${capitalise(label)} is not valid ${encoding.toUpperCase()}; save it as UTF-8 and try again.`);
  }
}

// Windows-1252 0x80–0x9F (WHATWG); undefined bytes stay C1 controls. Node's TextDecoder decodes this label as Latin-1.
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The shortest invalid prefix: binary search on "prefix decodes with at most a truncated tail".
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    const prefix = bytes.subarray(0, middle);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(prefix, { stream: true });
      low = middle;
    } catch {
      high = middle;
    }
  }
  // Point at the lead byte of the broken sequence rather than at the byte that broke it.
  for (let k = low; k >= Math.max(0, low - 3); k--) if (bytes[k] >= 0xc0) return k;
  return Math.min(low, bytes.length - 1);
}

/** Western text in Windows-1252: high bytes are printable, mostly accented letters inside words, and a minority. */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  let accentedInWord = 0;
  const isAsciiLetter = (byte: number | undefined) => byte !== undefined && ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a);
  for (let k = 0; k < bytes.length; k++) {
    const byte = bytes[k];
    if (byte < 0x80) continue;
    high++;
    if (byte < 0xa0 && !WINDOWS_1252_PUNCTUATION.has(byte)) return false;
    if (byte >= 0xc0 && (isAsciiLetter(bytes[k - 1]) || isAsciiLetter(bytes[k + 1]))) accentedInWord++;
  }
  return accentedInWord > 0 && high <= 0.5 * bytes.length;
}

function assertLooksLikeText(text: string, label: string): void {
  if (text.trim() === "") {
    throw new DecodeTextError("empty", `${capitalise(label)} is empty (or only whitespace); paste or upload the text to import.`);
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes("\u0000") || controls > Math.max(1, text.length * 0.005)) {
    throw new DecodeTextError("binary", `${capitalise(label)} looks binary (it contains ${controls} control characters); upload a plain-text .txt or .md file.`);
  }
}
