"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import type { GlossaryKind } from "@/lib/qa/types";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import { useServerAction } from "@/app/_components/use-server-action";
import { createGlossaryEntryAction, updateGlossaryEntryAction } from "../actions";
import { EntryConflictNotice, readChangedEntry, type ChangedEntry, type EntryTexts } from "./entry-conflict-notice";
import styles from "./glossary.module.css";

/** `updatedAt` (ISO) is the version the editor opened: a save based on it is refused if someone saved since. */
export type EditableEntry = { id: string; kind: GlossaryKind; sourceTerm: string; targetTerms: string[]; pattern: unknown; note: string; updatedAt: string };

type GlossaryEntryFormProps =
  | { mode: "create"; documents: { id: string; title: string }[]; defaultDocumentId: string }
  | { mode: "edit"; entry: EditableEntry };

const PATTERN_TEMPLATE = JSON.stringify(
  { sourceNouns: ["blocus"], targetNouns: ["blockade"], sourceAgentMarkers: ["par"], sourcePatientMarkers: ["de", "contre"], targetAgentMarkers: ["by"], targetPatientMarkers: ["of", "on", "against"], adjectiveIsAgent: true },
  null,
  2,
);

/** Adds a term or role-reversal rule (global or for one document), or edits one's texts. */
export function GlossaryEntryForm(props: GlossaryEntryFormProps) {
  const entry = props.mode === "edit" ? props.entry : null;
  const [kind, setKind] = useState<GlossaryKind>(entry?.kind ?? "term");
  const { run, error, notice, isPending } = useServerAction({ refreshRoute: true });
  const formRef = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const [seenUpdatedAt, setSeenUpdatedAt] = useState(entry?.updatedAt ?? "");
  const [conflict, setConflict] = useState<{ changed: ChangedEntry; mine: EntryTexts } | null>(null);

  async function update(entryId: string, fields: ReturnType<typeof fieldsOf>, seen: string) {
    const outcome = await run(updateGlossaryEntryAction, { entryId, ...fields, seenUpdatedAt: seen }, { success: () => "Saved." });
    if (outcome.data) setSeenUpdatedAt(outcome.data.updatedAt);
    const changed = readChangedEntry(outcome.error);
    setConflict(changed ? { changed, mine: { sourceTerm: fields.sourceTerm, targetTerms: fields.targetTerms, note: fields.note } } : null);
  }

  /** Their version goes into the form and becomes the one this editor has seen. */
  function discardMine(changed: ChangedEntry) {
    const form = formRef.current!;
    for (const [name, value] of Object.entries(changed.theirs)) (form.elements.namedItem(name) as HTMLInputElement).value = value;
    setSeenUpdatedAt(changed.updatedAt);
    setConflict(null);
    router.refresh();
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = fieldsOf(form);
    if (entry) return void update(entry.id, fields, seenUpdatedAt);
    const documentId = String(new FormData(form).get("documentId") ?? "");
    void run(createGlossaryEntryAction, { ...fields, kind, documentId }, { success: () => `Added “${fields.sourceTerm}”.` }).then((outcome) => {
      if (outcome.ok) form.reset();
    });
  };
  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} aria-label={entry ? `Edit “${entry.sourceTerm}”` : "Add a glossary entry"}>
      {props.mode === "create" ? (
        <div className={styles.row}>
          <label>Kind
            <select name="kind" value={kind} onChange={(event) => setKind(event.target.value as GlossaryKind)}>
              <option value="term">Term</option>
              <option value="role_reversal">Role-reversal rule</option>
            </select>
          </label>
          <label>Applies to
            <select name="documentId" defaultValue={props.defaultDocumentId}>
              <option value="">Every document (global)</option>
              {props.documents.map((document) => <option key={document.id} value={document.id}>{document.title}</option>)}
            </select>
          </label>
        </div>
      ) : null}
      <label>French term<input name="sourceTerm" required maxLength={200} defaultValue={entry?.sourceTerm} lang="fr" /></label>
      <label>Required English renderings<span className={styles.hint}>Separated by commas; any one of them satisfies the rule.</span>
        <input name="targetTerms" required defaultValue={entry?.targetTerms.join(", ")} /></label>
      {kind === "role_reversal" ? (
        <label>Pattern (JSON)<span className={styles.hint}>Action nouns and the small words that mark who acts (agent) and who undergoes it (patient).</span>
          <textarea name="pattern" required defaultValue={entry ? JSON.stringify(entry.pattern, null, 2) : PATTERN_TEMPLATE} spellCheck={false} /></label>
      ) : null}
      <label>Note<input name="note" maxLength={500} defaultValue={entry?.note} /></label>
      {entry && conflict ? (
        <EntryConflictNotice
          conflict={conflict.changed} mine={conflict.mine} isPending={isPending}
          onSaveMine={() => void update(entry.id, fieldsOf(formRef.current!), conflict.changed.updatedAt)} onDiscard={() => discardMine(conflict.changed)}
        />
      ) : null}
      <div className={styles.row}>
        <button type="submit" className="button" disabled={isPending}>{entry ? "Save changes" : "Add entry"}</button>
        <ActionAlert error={conflict ? null : error} />
        <p role="status" className="subtle">{notice}</p>
      </div>
    </form>
  );
}

/** The texts the form sends, as typed. */
function fieldsOf(form: HTMLFormElement) {
  const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
  return { sourceTerm: data.sourceTerm, targetTerms: data.targetTerms, pattern: data.pattern, note: data.note ?? "" };
}
