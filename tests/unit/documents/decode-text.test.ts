import { describe, expect, it } from "vitest";
import { DecodeTextError, decodeText } from "@/lib/documents/decode-text";

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, endian: "le" | "be", bom: boolean) => {
  const bytes: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    bytes.push(...(endian === "le" ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(bytes);
};

function decodeError(bytes: Uint8Array, options?: { label?: string; maxBytes?: number }): DecodeTextError {
  try {
    decodeText(bytes, options);
  } catch (error) {
    if (error instanceof DecodeTextError) return error;
    throw error;
  }
  throw new Error("decodeText did not throw");
}

describe("decodeText", () => {
  it.each([
    ["UTF-8 without BOM", utf8("Élève au café, l’été.\n"), "Élève au café, l’été.\n", "utf-8"],
    ["UTF-8 with a BOM (the BOM is dropped)", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Déjà vu.")]), "Déjà vu.", "utf-8"],
    ["UTF-16LE with a BOM", utf16("« Génocide », dit-il.", "le", true), "« Génocide », dit-il.", "utf-16le"],
    ["UTF-16BE with a BOM", utf16("Israël et Gaza.", "be", true), "Israël et Gaza.", "utf-16be"],
    ["UTF-16LE without a BOM", utf16("Craig Mokhiber a démissionné.", "le", false), "Craig Mokhiber a démissionné.", "utf-16le"],
    ["Windows-1252 é bytes", Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe9, 0x74, 0xe9]), "café été", "windows-1252"],
    ["Windows-1252 curly apostrophe", Uint8Array.from([0x6c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x65, 0x73, 0x74, 0x20, 0x6c, 0xe0]), "l’été est là", "windows-1252"],
    ["text with surrounding whitespace, untouched", utf8("  Bonjour.  \r\n\r\n"), "  Bonjour.  \r\n\r\n", "utf-8"],
  ])("reads %s", (_name, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it.each([
    ["NUL bytes", Uint8Array.from([...utf8("abc"), 0, ...utf8("def")]), "binary"],
    ["invalid UTF-8 that is binary (a PNG header)", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01, 0x02]), "binary"],
    ["invalid UTF-8 that is not Western text", Uint8Array.from([0xc3, 0x28, 0xa0, 0xa1, 0x81, 0x8d]), "invalid-encoding"],
    ["an empty file", new Uint8Array(0), "empty"],
    ["whitespace only", utf8(" \n\t\u00a0\r\n"), "empty"],
    ["a UTF-8 BOM followed by invalid bytes", Uint8Array.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41]), "invalid-encoding"],
  ])("refuses %s", (_name, bytes, reason) => {
    expect(decodeError(bytes).reason).toBe(reason);
  });

  it("refuses input over the size limit before decoding it, naming the file", () => {
    const error = decodeError(utf8("Bonjour le monde."), { label: "source file lettre.txt", maxBytes: 10 });
    expect(error.reason).toBe("too-large");
    expect(error.message).toMatch(/^Source file lettre\.txt is .* over the .* limit/);
  });

  it("has a 20 MB default limit", () => {
    expect(decodeError(new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61)).reason).toBe("too-large");
  });

  it("names the label in the message of every refusal", () => {
    expect(decodeError(new Uint8Array(0), { label: "target file en.md" }).message).toBe(
      "Target file en.md is empty (or only whitespace); paste or upload the text to import.",
    );
  });
});
