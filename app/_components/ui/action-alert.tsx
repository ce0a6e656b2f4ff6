import type { ActionError } from "@/lib/errors";

/** An action's error, as an alert; nothing when there is none. */
export function ActionAlert({ error, className = "error" }: { error: ActionError | null; className?: string }) {
  return error ? <p role="alert" className={className}>{error.message}</p> : null;
}
