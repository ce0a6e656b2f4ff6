import type { Readable } from "node:stream";
import type { EntryData, ZipArchive } from "archiver";
import { utf8Stream } from "@/lib/exchange/chunks";

/** Appends a streamed entry whose failure fails the whole archive (archiver does not listen for it). */
export function appendStream(archive: ZipArchive, stream: Readable, data: EntryData): void {
  stream.on("error", (error) => archive.destroy(error));
  archive.append(stream, data);
}

/** Appends text chunks as a UTF-8 entry, read only when archiver reaches it. */
export function appendText(archive: ZipArchive, chunks: AsyncIterable<string>, data: EntryData): void {
  appendStream(archive, utf8Stream(chunks), data);
}
