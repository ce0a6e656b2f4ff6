import { ZodError } from "zod";
import { DATABASE_UNREACHABLE_MESSAGE, isDatabaseUnreachable, isNulInText } from "@/lib/db/errors";
import { isAppError } from "@/lib/errors";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]>; details?: unknown } };

/**
 * Maps any thrown value to a status and a message a user can act on. Expected errors (AppError,
 * ZodError, Prisma's not-found/unique) are not logged; anything else is logged and hidden.
 */
/**
 * Node's own error when a client closes its connection mid-request ("aborted", ECONNRESET with no
 * failed socket call): the same code as a dropped PostgreSQL connection ("read ECONNRESET", which
 * names its syscall), but the database is fine.
 */
function isClientAbort(error: unknown): boolean {
  return error instanceof Error && error.message === "aborted" && (error as { code?: unknown }).code === "ECONNRESET" && !("syscall" in error);
}

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
  // The client closed the connection while its body was read: nobody is left to answer, nothing to log.
  if (isClientAbort(error)) return build(400, "ABORTED", "The request was interrupted before its body arrived; send it again.");
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
