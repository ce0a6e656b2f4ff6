import { z } from "zod";
import { AppError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Row ids are PostgreSQL uuids. A malformed id names no row, so it gets the same answer as an
 * unknown one, NOT_FOUND (404): callers test isUuid before querying (PostgreSQL would reject the cast).
 */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** The message of NOT_FOUND for an id, whether malformed or unknown. */
export function notFoundMessage(entity: string, id: string): string {
  return `${entity} ${id} does not exist.`;
}

/** The row, or NOT_FOUND naming the entity and the id the caller gave. */
export function assertFound<T>(row: T | null | undefined, entity: string, id: string): T {
  if (!row) throw new AppError({ code: "NOT_FOUND", message: notFoundMessage(entity, id) });
  return row;
}

/**
 * The one schema for a row id in any input (action, route params/query/body, job data): a malformed
 * id is refused exactly as the use case refuses an unknown one, with an AppError NOT_FOUND naming it,
 * never a 422 VALIDATION. The check throws rather than adding a zod issue, so the answer is the same
 * whichever edge parses (next-safe-action's inputSchema, a route's parse, a use case's parse) —
 * even safeParse throws it.
 */
export function rowId(entity: string) {
  return z.string({ error: `${entity} id is required` }).refine((id) => {
    if (!isUuid(id)) throw new AppError({ code: "NOT_FOUND", message: notFoundMessage(entity, id) });
    return true;
  });
}
