"use client";

import { useState, type FormEvent } from "react";
import type { GlossaryKind } from "@/lib/qa/types";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import { useServerAction } from "@/app/_components/use-server-action";
import { createGlossaryEntryAction, updateGlossaryEntryAction } from "../actions";
import styles from "./glossary.module.css";

export type EditableEntry = { id: string; kind: GlossaryKind; sourceTerm: string; targetTerms: string[]; pattern: unknown; note: string };

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
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const fields = { sourceTerm: data.sourceTerm, targetTerms: data.targetTerms, pattern: data.pattern, note: data.note ?? "" };
    if (entry) return void run(updateGlossaryEntryAction, { entryId: entry.id, ...fields }, { success: () => "Saved." });
    void run(createGlossaryEntryAction, { ...fields, kind, documentId: data.documentId }, { success: () => `Added “${fields.sourceTerm}”.` }).then((outcome) => {
      if (outcome.ok) form.reset();
    });
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={entry ? `Edit “${entry.sourceTerm}”` : "Add a glossary entry"}>
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
      <div className={styles.row}>
        <button type="submit" className="button" disabled={isPending}>{entry ? "Save changes" : "Add entry"}</button>
        <ActionAlert error={error} />
        <p role="status" className="subtle">{notice}</p>
      </div>
    </form>
  );
}
