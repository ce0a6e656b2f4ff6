/** One Server-Sent Events frame: a named event whose data is JSON (one line, so no `data:` splitting). */
export function sseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: keeps proxies and the browser from timing the stream out, and is ignored by EventSource. */
export function sseComment(text: string): string {
  return `: ${text.replace(/\n/g, " ")}\n\n`;
}

/** How long the browser waits before reconnecting after the stream drops (ms). */
export function sseRetry(ms: number): string {
  return `retry: ${ms}\n\n`;
}
