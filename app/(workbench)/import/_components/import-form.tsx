"use client";

import { useRef, type FormEvent } from "react";
import { ImportProgress } from "./import-progress";
import { SideInput } from "./side-input";
import { useImportSubmit } from "./use-import-submit";
import styles from "./import.module.css";

function TextField({ name, label, maxLength, placeholder, errors }: { name: string; label: string; maxLength: number; placeholder?: string; errors?: string[] }) {
  const errorId = `${name}-errors`;
  return (
    <div className={styles.field}>
      <label>
        {label}
        <input type="text" name={name} maxLength={maxLength} placeholder={placeholder} aria-invalid={Boolean(errors)} aria-describedby={errors ? errorId : undefined} />
      </label>
      {errors ? <p id={errorId} className="error">{errors.join(" ")}</p> : null}
    </div>
  );
}

/** The import form: posts to /import/submit, then opens the document, warns about languages, or follows the job. */
export function ImportForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, formError, warning, jobId, isSubmitting, submit } = useImportSubmit(formRef);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(false);
  };

  if (jobId) return <ImportProgress jobId={jobId} />;
  return (
    <form ref={formRef} className={styles.form} onSubmit={onSubmit} noValidate>
      <TextField name="title" label="Title" maxLength={300} errors={fieldErrors.title} />
      <TextField name="provenance" label="Provenance note" maxLength={2000} placeholder="Where the texts come from, their licence…" errors={fieldErrors.provenance} />
      <div className={styles.sides}>
        <SideInput side="source" language="French" lang="fr" errors={fieldErrors.sourceText} />
        <SideInput side="target" language="English" lang="en" errors={fieldErrors.targetText} />
      </div>
      {warning ? (
        <div className={styles.warning} role="alert">
          <p>{warning}</p>
          <p>Check the texts, or import them as they are.</p>
          <div className={styles.actions}>
            <button type="button" className="button" disabled={isSubmitting} onClick={() => void submit(true)}>Import anyway</button>
          </div>
        </div>
      ) : null}
      {formError ? <p role="alert" className="error">{formError}</p> : null}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={isSubmitting}>{isSubmitting ? "Importing…" : "Import"}</button>
      </div>
    </form>
  );
}
