import { z } from "zod";
import type { ActionError } from "@/lib/errors";

// The part of a stale-version CONFLICT's details (lib/review/guards.ts staleVersionError) the UI needs.
const staleVersionDetailsSchema = z.object({ currentVersion: z.number().int(), currentText: z.string() });

/** The segment as it is now, when the error is a stale-version CONFLICT; null for any other error. */
export type StaleVersion = { message: string; currentVersion: number; currentText: string };

export function readStaleVersion(error: ActionError | null): StaleVersion | null {
  if (error?.code !== "CONFLICT") return null;
  const parsed = staleVersionDetailsSchema.safeParse(error.details);
  return parsed.success ? { message: error.message, ...parsed.data } : null;
}
