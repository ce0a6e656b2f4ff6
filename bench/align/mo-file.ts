/** One translated message of a compiled gettext catalogue. */
export type MoEntry = { msgid: string; msgstr: string };

/** Parses a GNU .mo file (either byte order). Plural and context entries keep their raw NUL/EOT separators. */
export function parseMoFile(bytes: Uint8Array): MoEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, true);
  const isLittleEndian = magic === 0x950412de;
  if (!isLittleEndian && magic !== 0xde120495) throw new Error("not a gettext .mo file");
  const read = (offset: number) => view.getUint32(offset, isLittleEndian);
  const count = read(8);
  const originals = read(12);
  const translations = read(16);
  const decoder = new TextDecoder("utf-8");
  const text = (table: number, k: number) => {
    const length = read(table + 8 * k);
    const offset = read(table + 8 * k + 4);
    return decoder.decode(bytes.subarray(offset, offset + length));
  };
  const entries: MoEntry[] = [];
  for (let k = 0; k < count; k++) entries.push({ msgid: text(originals, k), msgstr: text(translations, k) });
  return entries;
}
