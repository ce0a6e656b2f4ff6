"use client";

import { useActionRunner } from "../../documents/[documentId]/findings/_components/use-action-runner";
import { deleteGlossaryEntryAction } from "../actions";

/** Soft-deletes an entry after a confirmation; it stops applying but stays in history. */
export function DeleteEntryButton({ entryId, sourceTerm }: { entryId: string; sourceTerm: string }) {
  const { run, error, isPending } = useActionRunner();
  return (
    <>
      <button type="button" className="button secondary" disabled={isPending} aria-label={`Delete the glossary entry “${sourceTerm}”`}
        onClick={() => {
          if (window.confirm(`Delete the glossary entry “${sourceTerm}”? It will no longer be checked.`)) run(() => deleteGlossaryEntryAction({ entryId }));
        }}>
        Delete
      </button>
      {error ? <p role="alert" className="error">{error}</p> : null}
    </>
  );
}
