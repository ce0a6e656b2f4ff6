"use client";

import { Modal } from "./modal";
import { SHORTCUTS } from "./use-workspace-keys";

export function HelpDialog({ open, canReview, onClose }: { open: boolean; canReview: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} title="Keyboard shortcuts">
      <table className="list shortcuts">
        <thead>
          <tr><th scope="col">Key</th><th scope="col">Action</th></tr>
        </thead>
        <tbody>
          {SHORTCUTS.filter((shortcut) => canReview || !shortcut.editorsOnly).map((shortcut) => (
            <tr key={shortcut.action}>
              <td>{shortcut.keys.map((key, i) => <span key={key}>{i > 0 ? " or " : ""}<kbd>{key}</kbd></span>)}</td>
              <td>{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="subtle">Shortcuts are off while you type in a field. To flag a span, select words in the English (and, optionally, the French) first.</p>
    </Modal>
  );
}
