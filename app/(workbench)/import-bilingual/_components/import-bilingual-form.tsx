"use client";

import { useActionState } from "react";
import { importBilingual, type ImportBilingualState } from "../actions";

const INITIAL: ImportBilingualState = { error: null };

export function ImportBilingualForm() {
  const [state, action, isPending] = useActionState(importBilingual, INITIAL);
  return (
    <form action={action} className="form">
      <label>
        Title
        <input name="title" required maxLength={300} />
      </label>
      <label>
        Bilingual file
        <input name="file" type="file" accept=".xlf,.xliff,.xlf2,.tmx,.csv,.tsv" required />
      </label>
      {state.error ? <p role="alert" className="error">{state.error}</p> : null}
      <button className="button" type="submit" disabled={isPending}>
        {isPending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}
