import type { ActionError } from "@/lib/errors";

/** A next-safe-action result as `actionClient` (lib/safe-action.ts) shapes it. */
export type SafeActionResult<Data> = { data?: Data; serverError?: ActionError; validationErrors?: unknown } | undefined;

/** One server action call's result: its data, or one error whatever went wrong. */
export type ActionOutcome<Data> = { ok: true; data: Data | undefined; error: null } | { ok: false; data: undefined; error: ActionError };

export type ServerAction<Input, Data> = (input: Input) => Promise<SafeActionResult<Data>>;

const UNREACHABLE: ActionError = { code: "UNAVAILABLE", message: "Could not reach Recto; check your connection and try again. Your input is kept." };

/** The one reading of an action's result; input its schema rejected is a VALIDATION error naming each field. */
export function toOutcome<Data>(result: SafeActionResult<Data>): ActionOutcome<Data> {
  if (result?.serverError) return { ok: false, data: undefined, error: result.serverError };
  if (result?.validationErrors) {
    return { ok: false, data: undefined, error: { code: "VALIDATION", message: describeValidationErrors(result.validationErrors), details: result.validationErrors } };
  }
  // A void action resolves with no data: that is a success too.
  return { ok: true, data: result?.data, error: null };
}

/** Every message of next-safe-action's formatted validation errors (nested `_errors`), prefixed with its field. */
export function describeValidationErrors(errors: unknown): string {
  const messages = (node: unknown, field: string): string[] => {
    if (!node || typeof node !== "object") return [];
    return Object.entries(node).flatMap(([key, value]) =>
      key === "_errors" && Array.isArray(value) ? value.map((message) => (field ? `${field}: ${message}` : String(message))) : messages(value, key),
    );
  };
  return messages(errors, "").join("; ") || "Check the form and try again.";
}

/** Calls a server action; never throws: a failed request is an UNAVAILABLE error. */
export async function callAction<Input, Data>(action: ServerAction<Input, Data>, input: Input): Promise<ActionOutcome<Data>> {
  try {
    return toOutcome(await action(input));
  } catch {
    return { ok: false, data: undefined, error: UNREACHABLE };
  }
}
