import { Readable } from "node:stream";
import type { EntryData, ZipArchive } from "archiver";

async function* utf8(chunks: AsyncIterable<string>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk, "utf8");
}

/** Appends a streamed entry whose failure fails the whole archive (archiver does not listen for it). */
export function appendStream(archive: ZipArchive, stream: Readable, data: EntryData): void {
  stream.on("error", (error) => archive.destroy(error));
  archive.append(stream, data);
}

/** Appends text chunks as a UTF-8 entry, read only when archiver reaches it. */
export function appendText(archive: ZipArchive, chunks: AsyncIterable<string>, data: EntryData): void {
  appendStream(archive, Readable.from(utf8(chunks)), data);
}
