"use client";

import { useServerAction } from "@/app/_components/use-server-action";
import { setSelfApprovalAction } from "../actions";

type Setting = { id: string; title: string; allowSelfApproval: boolean };

/** Four eyes by default; an admin may let authors approve their own suggestions on one document (audited). */
export function SelfApprovalSettings({ documents }: { documents: Setting[] }) {
  const { run, error, notice } = useServerAction();
  async function toggle(document: Setting, isOn: boolean) {
    const verb = isOn ? "Allow" : "Forbid";
    if (!window.confirm(`${verb} self-approval on “${document.title}”? This is recorded in the audit log.`)) return;
    await run(setSelfApprovalAction, { documentId: document.id, allowSelfApproval: isOn }, {
      success: () => `${isOn ? "Authors may now" : "Authors may no longer"} approve their own suggestions on “${document.title}”.`,
    });
  }
  return (
    <section className="card self-approval" aria-labelledby="self-approval-title">
      <h2 id="self-approval-title">Four-eyes rule</h2>
      <p className="subtle">Nobody approves their own suggestion unless you allow it for a document, e.g. a one-person project.</p>
      {documents.length === 0 ? <p className="subtle">No documents yet.</p> : null}
      <ul className="plain-list">
        {documents.map((document) => (
          <li key={document.id}>
            <label className="choice">
              <input type="checkbox" checked={document.allowSelfApproval} onChange={(event) => toggle(document, event.target.checked)} />
              Allow self-approval on {document.title}
            </label>
          </li>
        ))}
      </ul>
      <p role="status" className="subtle">{error?.message ?? notice}</p>
    </section>
  );
}
