import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

/**
 * Maps any thrown value to a status and a message a user can act on. Expected errors (AppError,
 * ZodError, Prisma's not-found/unique) are not logged; anything else is logged and hidden.
 */
export function describeError(error: unknown): { status: number; body: ErrorBody; message: string } {
  if (isAppError(error)) {
    return build(error.status, error.code, error.userMessage);
  }
  if (error instanceof ZodError) {
    const fields: Record<string, string[]> = {};
    for (const issue of error.issues) (fields[issue.path.join(".") || "input"] ??= []).push(issue.message);
    const message = error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
    return build(422, "VALIDATION", message, fields);
  }
  const prismaCode = (error as { code?: unknown })?.code;
  if (prismaCode === "P2025") return build(404, "NOT_FOUND", "That record does not exist (any more).");
  if (prismaCode === "P2002") return build(409, "CONFLICT", "That already exists.");
  console.error(error);
  return build(500, "INTERNAL", "Something went wrong. Try again; if it keeps failing, tell an admin.");
}

function build(status: number, code: string, message: string, fields?: Record<string, string[]>) {
  return { status, message, body: { error: { code, message, ...(fields ? { fields } : {}) } } };
}

/** For route handlers: the JSON error response for a thrown value. */
export function toResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return Response.json(body, { status });
}
