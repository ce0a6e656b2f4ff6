"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** A native modal dialog: focus moves in and is trapped, Esc closes, focus returns on close. */
export function Modal({ open, onClose, title, children }: { open: boolean; onClose: () => void; title: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="modal" aria-labelledby={`${title}-title`.replace(/\W+/g, "-")} onClose={onClose}>
      <div className="modal-head">
        <h2 id={`${title}-title`.replace(/\W+/g, "-")}>{title}</h2>
        <button type="button" className="button secondary small" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
