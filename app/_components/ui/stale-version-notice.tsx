import type { StaleVersion } from "../stale-version";
import { InlineDiff } from "./word-diff";

type Props = {
  conflict: StaleVersion;
  /** The reviewer's own text, still in their form. */
  yourText: string;
  /** Saves the reviewer's text again, on the segment's new version. */
  onReapply: () => void;
  /** Drops the reviewer's text and shows the new one. */
  onDiscard: () => void;
  isPending?: boolean;
  /** What moved, when it is not the segment: the review queue's suggestion its author changed. */
  wording?: NoticeWording;
};

/** `diffLabel` names the diff of the reviewer's text against the new one; `discardLabel` the button that drops theirs. */
export type NoticeWording = { title: string; newTextCaption: string; reapplyLabel: string; diffLabel?: string; discardLabel?: string };

const segmentWording = (version: number): NoticeWording => ({
  title: "The segment changed",
  newTextCaption: `New text, version ${version}`,
  reapplyLabel: `Apply my text to version ${version}`,
});

/**
 * The segment changed under the reviewer: its new text, and theirs as a word diff against it.
 * Nothing is overwritten until they choose; their text stays in the form meanwhile.
 */
export function StaleVersionNotice({ conflict, yourText, onReapply, onDiscard, isPending = false, wording = segmentWording(conflict.currentVersion) }: Props) {
  const diffLabel = wording.diffLabel ?? "Your text against the new text";
  return (
    <div className="stale-version" role="alert" aria-label={wording.title}>
      <p className="error">{conflict.message}</p>
      <p className="diff-caption">{wording.newTextCaption}</p>
      <p className="quoted" aria-label={wording.newTextCaption}>{conflict.currentText}</p>
      <p className="diff-caption">{diffLabel}</p>
      <InlineDiff before={conflict.currentText} after={yourText} label={diffLabel} />
      <div className="actions">
        <button type="button" className="button small" disabled={isPending} onClick={onReapply}>{wording.reapplyLabel}</button>
        <button type="button" className="button secondary small" disabled={isPending} onClick={onDiscard}>{wording.discardLabel ?? "Discard my text"}</button>
      </div>
    </div>
  );
}
