import { SaxesParser } from "saxes";

/** Unreadable input; `line` and `column` are 1-based. */
export class XmlReadError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = "XmlReadError";
  }
}

export type XmlElement = { name: string; local: string; attributes: Record<string, string> };

export type XmlHandlers = {
  open(element: XmlElement, fail: (message: string) => never): void;
  close(element: XmlElement, fail: (message: string) => never): void;
  text(text: string): void;
};

const POSITION_PREFIX = /^(?:.*?:)?(\d+):(\d+): /s;

/** A SAX parse fed in pieces: `write` each chunk of text in order, then `close`. */
export type XmlStream = { write(chunk: string): void; close(): void };

/**
 * A SAX parse calling `handlers` per element, fed chunk by chunk (an element may span chunks). Any
 * malformation, or `fail` called by a handler, throws XmlReadError naming the line and column.
 */
export function createXmlParser(kind: string, handlers: XmlHandlers): XmlStream {
  const parser = new SaxesParser({ position: true });
  const fail = (message: string): never => {
    throw new XmlReadError(`${kind}: ${message} (line ${parser.line}, column ${parser.column + 1})`, parser.line, parser.column + 1);
  };
  parser.on("error", (error) => {
    const match = POSITION_PREFIX.exec(error.message);
    const line = match ? Number(match[1]) : parser.line;
    const column = match ? Number(match[2]) + 1 : parser.column + 1;
    const detail = match ? error.message.slice(match[0].length) : error.message;
    throw new XmlReadError(`${kind} is not well-formed XML at line ${line}, column ${column}: ${detail}`, line, column);
  });
  const stack: XmlElement[] = [];
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const element = { name: tag.name, local: tag.name.slice(tag.name.indexOf(":") + 1), attributes };
    stack.push(element);
    handlers.open(element, fail);
  });
  parser.on("closetag", () => handlers.close(stack.pop()!, fail));
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  let isFirst = true;
  return {
    write(chunk) {
      const text = isFirst && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      isFirst = false;
      parser.write(text);
    },
    close: () => void parser.close(),
  };
}

/** Runs a SAX parse over the whole of `xml` (createXmlParser with one chunk). */
export function parseXml(xml: string, kind: string, handlers: XmlHandlers): void {
  const parser = createXmlParser(kind, handlers);
  parser.write(xml);
  parser.close();
}
