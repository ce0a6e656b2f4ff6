"use client";

import { useRouter } from "next/navigation";
import { useState, type RefObject } from "react";

export type FieldName = "title" | "provenance" | "sourceText" | "targetText";
export type FieldErrors = Partial<Record<FieldName, string[]>>;
type Reply =
  | { outcome: "imported"; documentId: string }
  | { outcome: "queued"; jobId: string }
  | { outcome: "language-warning"; message: string }
  | { error: { code: string; message: string; fields?: Record<string, string[]> } };

const FIELD_NAMES: readonly string[] = ["title", "provenance", "sourceText", "targetText"];

function splitErrors(fields: Record<string, string[]> = {}): { byField: FieldErrors; rest: string[] } {
  const byField: FieldErrors = {};
  const rest: string[] = [];
  for (const [name, messages] of Object.entries(fields)) {
    if (FIELD_NAMES.includes(name)) byField[name as FieldName] = messages;
    else rest.push(...messages);
  }
  return { byField, rest };
}

/** Posts the import form to /import/submit and turns the reply into what the form shows next. */
export function useImportSubmit(formRef: RefObject<HTMLFormElement | null>) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  /** Returns false when the page is about to navigate to the new document. */
  const handle = (reply: Reply): boolean => {
    if ("error" in reply) {
      const { byField, rest } = splitErrors(reply.error.fields);
      setFieldErrors(byField);
      const hasFieldErrors = Object.keys(byField).length > 0;
      setFormError(rest.length > 0 ? rest.join(" ") : hasFieldErrors ? "Fix the marked fields and import again." : reply.error.message);
      return true;
    }
    if (reply.outcome === "language-warning") setWarning(reply.message);
    else if (reply.outcome === "queued") setJobId(reply.jobId);
    else router.push(`/documents/${reply.documentId}`);
    return reply.outcome !== "imported";
  };

  const submit = async (allowLanguageMismatch: boolean) => {
    const data = new FormData(formRef.current!);
    data.set("allowLanguageMismatch", String(allowLanguageMismatch));
    setIsSubmitting(true);
    setFieldErrors({});
    setFormError(null);
    setWarning(null);
    let isDone = true;
    try {
      const response = await fetch("/import/submit", { method: "POST", body: data });
      isDone = handle((await response.json()) as Reply);
    } catch {
      setFormError("The server did not answer; check your connection and try again.");
    } finally {
      // On success the page navigates away: keep the button disabled until it does.
      if (isDone) setIsSubmitting(false);
    }
  };

  return { fieldErrors, formError, warning, jobId, isSubmitting, submit };
}
