import { readFileSync, readdirSync } from "node:fs";

/** A `change` event as a viewer received it, with the moment it arrived (performance.now()). */
export type Arrival = { segmentIds: string[]; at: number };

export type Viewer = { arrivals: Arrival[]; close: () => void };

/**
 * One reviewer's open workspace without a browser: the document's Server-Sent Events stream over
 * plain HTTP, read as it arrives. Resolves once the response headers are in (the subscription is live).
 */
export async function openViewer(baseUrl: string, documentId: string, cookie: string): Promise<Viewer> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/documents/${documentId}/events`, { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
  if (response.status !== 200 || !response.body) throw new Error(`the event stream answered ${response.status}`);
  const arrivals: Arrival[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!frame.startsWith("event: change\n")) continue;
          const data = JSON.parse(frame.slice(frame.indexOf("data: ") + 6)) as { segmentIds: string[] };
          arrivals.push({ segmentIds: data.segmentIds, at });
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return { arrivals, close: () => controller.abort() };
}

/** Resident memory of a process and all its descendants (bytes), from /proc: `next start` may serve from a child. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we read.
    }
  }
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const next = pending.pop()!;
    try {
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${next}/status`, "utf8"))?.[1] ?? 0) * 1024;
    } catch {
      continue;
    }
    pending.push(...(children.get(next) ?? []));
  }
  return total;
}
