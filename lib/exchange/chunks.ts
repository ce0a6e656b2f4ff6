import { Readable } from "node:stream";
import type { Source } from "@/lib/exchange/types";

export const CHUNK_SIZE = 16_384;

/** Batches small pieces into chunks of about `size` characters, never the whole document. */
export async function* bufferChunks(pieces: Source<string>, size = CHUNK_SIZE): AsyncGenerator<string> {
  let buffer = "";
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

/** Guards the export order: segments must arrive by strictly increasing position. */
export function assertIncreasingPosition(previous: number | undefined, position: number): void {
  if (previous !== undefined && position <= previous) {
    throw new Error(`Segments must be exported in position order; got ${position} after ${previous}`);
  }
}

/**
 * A document format as header, one piece per segment (strictly by position; "" skips a segment),
 * and footer, batched into chunks: the shape of every streaming writer here.
 */
export function writeOrdered<T extends { position: number }>(
  segments: Source<T>,
  parts: { header: string; piece: (segment: T) => string; footer: string },
): AsyncGenerator<string> {
  async function* pieces(): AsyncGenerator<string> {
    yield parts.header;
    let previous: number | undefined;
    for await (const segment of segments) {
      assertIncreasingPosition(previous, segment.position);
      previous = segment.position;
      yield parts.piece(segment);
    }
    yield parts.footer;
  }
  return bufferChunks(pieces());
}

/** Text chunks as a byte stream (UTF-8), pulled only as the reader asks. */
export function utf8Stream(chunks: AsyncIterable<string>): Readable {
  return Readable.from(
    (async function* () {
      for await (const chunk of chunks) yield Buffer.from(chunk, "utf8");
    })(),
  );
}
