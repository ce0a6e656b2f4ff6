"use client";

import { useDeferredValue } from "react";
import { InlineDiff } from "@/app/_components/ui/word-diff";

type Props = {
  id: string;
  label: string;
  publishedText: string;
  value: string;
  onChange: (text: string) => void;
  previewLabel: string;
  autoFocus?: boolean;
};

/** Proposed English in a textarea, with a live word diff against the published English below it. */
export function SuggestedTextField({ id, label, publishedText, value, onChange, previewLabel, autoFocus }: Props) {
  const preview = useDeferredValue(value);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={5} value={value} onChange={(event) => onChange(event.target.value)} autoFocus={autoFocus} />
      <div className="preview">
        <span className="subtle">Changes against the published English:</span>
        <InlineDiff before={publishedText} after={preview} label={previewLabel} />
      </div>
    </>
  );
}
