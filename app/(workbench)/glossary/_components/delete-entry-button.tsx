"use client";

import { ActionAlert } from "@/app/_components/ui/action-alert";
import { useServerAction } from "@/app/_components/use-server-action";
import { deleteGlossaryEntryAction } from "../actions";

/** Soft-deletes an entry after a confirmation; it stops applying but stays in history. */
export function DeleteEntryButton({ entryId, sourceTerm }: { entryId: string; sourceTerm: string }) {
  const { run, error, isPending } = useServerAction({ refreshRoute: true });
  return (
    <>
      <button type="button" className="button secondary" disabled={isPending} aria-label={`Delete the glossary entry “${sourceTerm}”`}
        onClick={() => {
          if (window.confirm(`Delete the glossary entry “${sourceTerm}”? It will no longer be checked.`)) run(deleteGlossaryEntryAction, { entryId });
        }}>
        Delete
      </button>
      <ActionAlert error={error} />
    </>
  );
}
