"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { ActionError } from "@/lib/errors";
import { callAction, type ActionOutcome, type ServerAction } from "./action-result";

type RunOptions<Data> = {
  /** A success message for a status region, from the action's data. */
  success?: (data: Data | undefined) => string;
};

/**
 * The one way a client component runs a server action and reads its result: `run` resolves to the
 * outcome (data, or `{ code, message, details }`) and keeps the error and a success notice for the
 * component to show. With `refreshRoute`, a success refreshes the server-rendered page.
 */
export function useServerAction({ refreshRoute = false }: { refreshRoute?: boolean } = {}) {
  const router = useRouter();
  const [error, setError] = useState<ActionError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const run = useCallback(
    async <Input, Data>(action: ServerAction<Input, Data>, input: Input, options: RunOptions<Data> = {}): Promise<ActionOutcome<Data>> => {
      setPending(true);
      setError(null);
      setNotice(null);
      const outcome = await callAction(action, input);
      setPending(false);
      setError(outcome.error);
      if (outcome.ok && options.success) setNotice(options.success(outcome.data));
      if (outcome.ok && refreshRoute) router.refresh();
      return outcome;
    },
    [router, refreshRoute],
  );
  const clear = useCallback(() => {
    setError(null);
    setNotice(null);
  }, []);
  return { run, error, notice, isPending, setError, setNotice, clear };
}
