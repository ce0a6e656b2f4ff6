import { Readable } from "node:stream";
import { readBearerToken } from "@/lib/auth/api-token";
import { describeError } from "@/lib/describe-error";
import { AppError } from "@/lib/errors";
import { readEnv } from "@/lib/env";

/** For route handlers: a streamed file download (an export), never cached, never sniffed. */
export function toFileResponse(file: { stream: Readable; contentType: string; fileName: string }): Response {
  return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** For route handlers: the JSON error response for a thrown value. */
export function toResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return Response.json(body, { status });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Origins this app answers on: the request's own Host, RECTO_BASE_URL's, and its loopback twin. */
function allowedOrigins(request: Request): Set<string> {
  const origins = new Set<string>();
  const host = request.headers.get("host");
  const protocol = new URL(request.url).protocol;
  if (host) origins.add(`${protocol}//${host}`);
  const base = readEnv().RECTO_BASE_URL;
  if (base) {
    const url = new URL(base);
    origins.add(url.origin);
    const twin = url.hostname === "localhost" ? "127.0.0.1" : url.hostname === "127.0.0.1" ? "localhost" : null;
    if (twin) origins.add(`${url.protocol}//${twin}${url.port ? `:${url.port}` : ""}`);
  }
  return origins;
}

/**
 * CSRF guard for state-changing route handlers: the Origin header must name this app. Browsers
 * send Origin on every cross-site POST/PUT/PATCH/DELETE, so a forged form or fetch is refused.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  // A bearer token is never sent by the browser on its own, so a token request cannot be forged cross-site.
  if (readBearerToken(request.headers) !== null) return;
  const origin = request.headers.get("origin");
  if (origin && allowedOrigins(request).has(origin)) return;
  throw new AppError({
    code: "FORBIDDEN",
    message: origin
      ? `Cross-site request refused: ${origin} is not this app's origin.`
      : "Cross-site request refused: state-changing requests must carry this app's Origin header.",
  });
}

/** Largest JSON body a route handler reads (bytes). */
export const MAX_JSON_BODY_BYTES = 1_000_000;

/** The request body as JSON; TOO_LARGE over the cap, VALIDATION when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();
  const text = await readCapped(request);
  try {
    return text === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError({ code: "VALIDATION", message: "The request body is not valid JSON." });
  }
}

/** Reads the body as text, stopping as soon as it passes the cap (a chunked body has no length). */
async function readCapped(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > MAX_JSON_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The request body as a JSON object, for merging with route params; VALIDATION otherwise. */
export async function readObject(request: Request): Promise<Record<string, unknown>> {
  const body = await readJson(request);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError({ code: "VALIDATION", message: "The request body must be a JSON object." });
  }
  return body as Record<string, unknown>;
}

function tooLarge() {
  return new AppError({ code: "TOO_LARGE", message: `The request body is over ${MAX_JSON_BODY_BYTES.toLocaleString("en")} bytes.` });
}

/**
 * Wraps a route handler: refuses cross-site state changes, and turns anything thrown into the
 * JSON error response (never a stack trace).
 */
export function route<Context>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      assertSameOrigin(request);
      return await handler(request, context);
    } catch (error) {
      return toResponse(error);
    }
  };
}
