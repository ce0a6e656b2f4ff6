"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import { useServerAction } from "@/app/_components/use-server-action";
import { deleteDocumentAction } from "../actions";

/** "Delete document" with a confirmation dialog that names the document. */
export function DeleteDocumentButton({ documentId, title }: { documentId: string; title: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const { run, error, isPending } = useServerAction();
  const confirm = async () => {
    if (!(await run(deleteDocumentAction, { documentId })).ok) return;
    dialog.current?.close();
    router.push("/");
  };
  return (
    <>
      <button type="button" className="button secondary small" onClick={() => dialog.current?.showModal()}>
        Delete document
      </button>
      <dialog ref={dialog} className="modal" aria-labelledby="delete-document-title">
        <h2 id="delete-document-title">Delete “{title}”?</h2>
        <p>It disappears from the document list for everyone. Its segments, issues, suggestions and history are kept, and the deletion is recorded in the audit log.</p>
        <ActionAlert error={error} />
        <div className="actions">
          <button type="button" className="button" onClick={confirm} disabled={isPending}>
            {isPending ? "Deleting…" : "Delete document"}
          </button>
          <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
