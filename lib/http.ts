import { ZodError } from "zod";
import { readBearerToken } from "@/lib/api-tokens/token";
import { DATABASE_UNREACHABLE_MESSAGE, isDatabaseUnreachable, isNulInText } from "@/lib/db/errors";
import { AppError, isAppError } from "@/lib/errors";
import { readEnv } from "@/lib/env";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]>; details?: unknown } };

/**
 * Maps any thrown value to a status and a message a user can act on. Expected errors (AppError,
 * ZodError, Prisma's not-found/unique) are not logged; anything else is logged and hidden.
 */
export function describeError(error: unknown): { status: number; body: ErrorBody; message: string } {
  if (isAppError(error)) {
    const built = build(error.status, error.code, error.userMessage);
    if (error.details !== undefined) built.body.error.details = error.details;
    return built;
  }
  if (error instanceof ZodError) {
    // Schemas mark a size cap with params.code TOO_LARGE (lib/review/schema.ts limitedText).
    const isTooLarge = error.issues.some((issue) => issue.code === "custom" && issue.params?.code === "TOO_LARGE");
    const fields: Record<string, string[]> = {};
    for (const issue of error.issues) (fields[issue.path.join(".") || "input"] ??= []).push(issue.message);
    const message = error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
    return isTooLarge ? build(413, "TOO_LARGE", message, fields) : build(422, "VALIDATION", message, fields);
  }
  if (isDatabaseUnreachable(error)) {
    console.error("recto: the database is unreachable", error);
    return build(503, "UNAVAILABLE", DATABASE_UNREACHABLE_MESSAGE);
  }
  if (isNulInText(error)) return build(422, "VALIDATION", "The input contains a NUL character (\\0); remove it and try again.");
  const prismaCode = (error as { code?: unknown })?.code;
  if (prismaCode === "P2025") return build(404, "NOT_FOUND", "That record does not exist (any more).");
  if (prismaCode === "P2002") return build(409, "CONFLICT", "That already exists.");
  console.error(error);
  return build(500, "INTERNAL", "Something went wrong. Try again; if it keeps failing, tell an admin.");
}

function build(status: number, code: string, message: string, fields?: Record<string, string[]>) {
  const body: ErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  return { status, message, body };
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
