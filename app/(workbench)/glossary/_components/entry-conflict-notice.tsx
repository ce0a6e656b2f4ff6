import { z } from "zod";
import { InlineDiff } from "@/app/_components/ui/word-diff";
import type { ActionError } from "@/lib/errors";

/** The texts of an entry the editor compares: theirs (now stored) and their own (still in the form). */
export type EntryTexts = { sourceTerm: string; targetTerms: string; note: string };

// The details of lib/findings/glossary/mutations.ts changedEntryError.
const changedEntrySchema = z.object({
  entry: z.object({ sourceTerm: z.string(), targetTerms: z.array(z.string()), note: z.string(), updatedAt: z.string() }),
});

/** Someone saved the entry after this editor opened it: their version, and when it was saved. */
export type ChangedEntry = { message: string; theirs: EntryTexts; updatedAt: string };

export function readChangedEntry(error: ActionError | null): ChangedEntry | null {
  if (error?.code !== "CONFLICT") return null;
  const parsed = changedEntrySchema.safeParse(error.details);
  if (!parsed.success) return null;
  const { entry } = parsed.data;
  return { message: error.message, theirs: { sourceTerm: entry.sourceTerm, targetTerms: entry.targetTerms.join(", "), note: entry.note }, updatedAt: entry.updatedAt };
}

const FIELDS: { key: keyof EntryTexts; label: string }[] = [
  { key: "sourceTerm", label: "French term" },
  { key: "targetTerms", label: "Required English renderings" },
  { key: "note", label: "Note" },
];

type Props = { conflict: ChangedEntry; mine: EntryTexts; onSaveMine: () => void; onDiscard: () => void; isPending: boolean };

/** Nothing is overwritten until the editor chooses; their own texts stay in the form meanwhile (issue 16). */
export function EntryConflictNotice({ conflict, mine, onSaveMine, onDiscard, isPending }: Props) {
  return (
    <div className="stale-version" role="alert" aria-label="The entry changed">
      <p className="error">{conflict.message}</p>
      {FIELDS.map(({ key, label }) => (
        <div key={key}>
          <p className="diff-caption">{label}: theirs against yours</p>
          <InlineDiff before={conflict.theirs[key]} after={mine[key]} label={`${label}: theirs against yours`} />
        </div>
      ))}
      <div className="actions">
        <button type="button" className="button small" disabled={isPending} onClick={onSaveMine}>Save mine over theirs</button>
        <button type="button" className="button secondary small" disabled={isPending} onClick={onDiscard}>Discard mine</button>
      </div>
    </div>
  );
}
