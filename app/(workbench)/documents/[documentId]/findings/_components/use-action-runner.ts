"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

type ActionResult<T> = { data?: T; serverError?: string; validationErrors?: unknown } | undefined;

/** Every message of next-safe-action's formatted validation errors, prefixed with its field. */
function validationMessages(errors: unknown, field = ""): string[] {
  if (!errors || typeof errors !== "object") return [];
  return Object.entries(errors).flatMap(([key, value]) =>
    key === "_errors" && Array.isArray(value) ? value.map((message) => (field ? `${field}: ${message}` : String(message))) : validationMessages(value, key),
  );
}

/**
 * Runs a server action in a transition, then refreshes the route; keeps its error for an alert and
 * `describe(data)` as a success notice for a status region. Also used by the glossary page.
 */
export function useActionRunner() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const run = <T,>(action: () => Promise<ActionResult<T>>, describe?: (data: T) => string) => {
    setError(null);
    setNotice(null);
    startTransition(async () => {
      const result = await action();
      if (result?.serverError) return setError(result.serverError);
      if (result?.validationErrors) return setError(validationMessages(result.validationErrors).join(" ") || "That input was not valid.");
      if (describe && result?.data !== undefined) setNotice(describe(result.data));
      router.refresh();
    });
  };
  return { run, error, notice, isPending };
}
