import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { MAX_IMPORT_REQUEST_BYTES } from "@/lib/documents/import-upload";
import { createUser } from "@/tests/factories/users";

// The route is called directly with a factory-made viewer; everything below the session is real.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ requireApiViewer: async () => session.viewer }));
const { POST } = await import("@/app/(workbench)/import/submit/route");

const CHUNK = 1024 * 1024;

/** A chunked multipart body (no Content-Length) of `totalBytes`, counting how much of it the server pulled. */
function endlessUpload(totalBytes: number) {
  const boundary = "recto-test-boundary";
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="sourceFile"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`);
  const filler = new Uint8Array(CHUNK).fill(0x61);
  const pulled = { bytes: 0 };
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = sent === 0 ? head : filler;
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      pulled.bytes = sent;
      controller.enqueue(chunk);
    },
  }, { highWaterMark: 0 });
  return { body, pulled, contentType: `multipart/form-data; boundary=${boundary}` };
}

function post(upload: ReturnType<typeof endlessUpload>, origin: string | null) {
  const headers: Record<string, string> = { host: "recto.test", "content-type": upload.contentType };
  if (origin !== null) headers.origin = origin;
  return POST(new Request("http://recto.test/import/submit", { method: "POST", headers, body: upload.body, duplex: "half" } as RequestInit));
}

beforeEach(() => {
  session.viewer = null;
});

describe("POST /import/submit", () => {
  it("stops reading a chunked upload once it passes the limit, and answers 413 naming it", async () => {
    session.viewer = (await createUser({ role: "editor" })).viewer;
    const upload = endlessUpload(1024 * CHUNK);
    const response = await post(upload, "http://recto.test");
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "TOO_LARGE", message: expect.stringMatching(/over the 41 MB limit/) } });
    expect(upload.pulled.bytes).toBeLessThan(MAX_IMPORT_REQUEST_BYTES + 4 * CHUNK);
  });

  it("refuses a translator before reading the body", async () => {
    session.viewer = (await createUser({ role: "translator" })).viewer;
    const upload = endlessUpload(100 * CHUNK);
    const response = await post(upload, "http://recto.test");
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN", message: expect.stringMatching(/document\.import/) } });
    expect(upload.pulled.bytes).toBeLessThanOrEqual(CHUNK);
  });

  it.each([
    ["no Origin header", null],
    ["Origin: null", "null"],
    ["another site's Origin", "https://evil.example"],
  ])("refuses a request with %s (403, body unread)", async (_name, origin) => {
    session.viewer = (await createUser({ role: "editor" })).viewer;
    const upload = endlessUpload(100 * CHUNK);
    const response = await post(upload, origin);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN", message: expect.stringMatching(/^Cross-site request refused/) } });
    expect(upload.pulled.bytes).toBeLessThanOrEqual(CHUNK);
  });
});
