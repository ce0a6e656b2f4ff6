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

// The details of lib/review/approval.ts changedSuggestionError: the author changed the suggestion since the editor saw it.
const changedSuggestionDetailsSchema = z.object({ text: z.string(), textHash: z.string(), currentVersion: z.number().int() });

/** The suggestion's new text and its hash, when the error is a CONFLICT on a suggestion its author changed; null otherwise. */
export type ChangedSuggestion = { message: string; text: string; textHash: string; currentVersion: number };

export function readChangedSuggestion(error: ActionError | null): ChangedSuggestion | null {
  if (error?.code !== "CONFLICT") return null;
  const parsed = changedSuggestionDetailsSchema.safeParse(error.details);
  return parsed.success ? { message: error.message, ...parsed.data } : null;
}
