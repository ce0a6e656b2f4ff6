/** Reads a GNU gettext .mo catalogue into [msgid, msgstr] pairs (singular, context-free entries only). */
export function readMoFile(buffer: Buffer): Array<[string, string]> {
  const magic = buffer.readUInt32LE(0);
  const read = magic === 0x950412de ? buffer.readUInt32LE.bind(buffer) : buffer.readUInt32BE.bind(buffer);
  if (magic !== 0x950412de && buffer.readUInt32BE(0) !== 0x950412de) throw new Error("Not a gettext .mo file");
  const [count, originals, translations] = [read(8), read(12), read(16)];
  const text = (table: number, index: number) => {
    const length = read(table + index * 8);
    const offset = read(table + index * 8 + 4);
    return buffer.toString("utf8", offset, offset + length);
  };
  const entries: Array<[string, string]> = [];
  for (let i = 0; i < count; i += 1) {
    const [msgid, msgstr] = [text(originals, i), text(translations, i)];
    if (msgid === "" || msgid.includes("\u0004") || msgid.includes("\u0000") || msgstr === "") continue;
    entries.push([msgid, msgstr]);
  }
  return entries;
}
