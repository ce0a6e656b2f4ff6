type Cause = { code?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };

/** Prisma's codes and the driver's kinds for "no connection to PostgreSQL". */
const UNREACHABLE = new Set(["P1001", "P1002", "P1017", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03", "DatabaseNotReachable", "DatabaseUnreachable", "ConnectionClosed"]);

/** Every code along an error's cause chain (Prisma wraps the driver adapter's error, which wraps pg's). */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error as Cause | undefined, depth = 0; current && typeof current === "object" && depth < 6; depth += 1) {
    for (const value of [current.code, current.kind, current.originalCode]) if (typeof value === "string") codes.push(value);
    const adapterCause = current.meta?.driverAdapterError?.cause as Cause | undefined;
    for (const value of [adapterCause?.code, adapterCause?.kind, adapterCause?.originalCode]) if (typeof value === "string") codes.push(value);
    current = current.cause as Cause | undefined;
  }
  return codes;
}

/** Pure: the error says PostgreSQL cannot be reached (down, restarting, refused). */
export function isDatabaseUnreachable(error: unknown): boolean {
  return codesOf(error).some((code) => UNREACHABLE.has(code));
}

/** Pure: PostgreSQL refused a NUL character in text (22021), whatever field it came through. */
export function isNulInText(error: unknown): boolean {
  return codesOf(error).includes("22021");
}

/** Pure: PostgreSQL cancelled the statement (57014: statement_timeout ran out, or a cancel request). */
export function isStatementCancelled(error: unknown): boolean {
  return codesOf(error).includes("57014");
}

export const DATABASE_UNREACHABLE_MESSAGE = "The database is unreachable, so Recto cannot answer now. Try again in a minute; if it keeps failing, tell an admin.";
