import { AppError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Row ids are PostgreSQL uuids. A malformed id names no row, so it gets the same answer as an
 * unknown one, NOT_FOUND (404): callers test isUuid before querying (PostgreSQL would reject the cast).
 */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** The row, or NOT_FOUND naming the entity and the id the caller gave. */
export function assertFound<T>(row: T | null | undefined, entity: string, id: string): T {
  if (!row) throw new AppError({ code: "NOT_FOUND", message: `${entity} ${id} does not exist.` });
  return row;
}
