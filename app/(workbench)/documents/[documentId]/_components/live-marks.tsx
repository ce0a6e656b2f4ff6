"use client";

import { useSyncExternalStore } from "react";
import type { Viewing } from "@/lib/live/types";

export type LiveMarks = {
  /** Segment id → who changed it last, while the marker shows. */
  updatedBy: ReadonlyMap<string, string>;
  /** Everyone else on the document, with the segment they have open. */
  others: Viewing[];
};

// One workspace per page: its live hook writes here, and rows read it without new props through
// the list (the rows are memoised; only the rows whose marks change re-render).
let marks: LiveMarks = { updatedBy: new Map(), others: [] };
const listeners = new Set<() => void>();

/** Replaces the marks (from use-live-document.ts). */
export function setLiveMarks(update: (old: LiveMarks) => LiveMarks): void {
  marks = update(marks);
  for (const listener of listeners) listener();
}

function useLiveMarks(): LiveMarks {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => marks,
    () => marks,
  );
}

/** On a row: "updated by Eddie" after someone else's change, and the initials of who has it open. */
export function LiveRowMarks({ segmentId }: { segmentId: string }) {
  const { updatedBy, others } = useLiveMarks();
  const actor = updatedBy.get(segmentId);
  const here = others.filter((viewing) => viewing.segmentId === segmentId);
  return (
    <>
      {/* A long name is cut with an ellipsis to stay in the column; the title shows it whole. */}
      {actor ? <span className="badge live-updated" title={`updated by ${actor}`}>updated by {actor}</span> : null}
      {here.map((viewing) => (
        <span key={viewing.userId} className="initials" title={`${viewing.name} has this segment open`} aria-label={`${viewing.name} has this segment open`}>
          {viewing.initials}
        </span>
      ))}
    </>
  );
}

/** Who else is on this document, and where. */
export function PresenceList({ positionOf }: { positionOf: (segmentId: string) => number | undefined }) {
  const { others } = useLiveMarks();
  // Always rendered, at one height: someone arriving must not push the list the reviewer reads.
  if (others.length === 0) return <p className="presence-bar subtle">Nobody else is viewing this document.</p>;
  return (
    <section className="presence-bar" aria-label="Also viewing this document">
      <span className="subtle">Also here:</span>
      <ul>
        {others.map((viewing) => {
          const position = viewing.segmentId ? positionOf(viewing.segmentId) : undefined;
          return (
            <li key={viewing.userId}>
              <span className="initials" aria-hidden="true">{viewing.initials}</span> {viewing.name}
              {position !== undefined ? <span className="subtle"> · segment {position + 1}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Shown instead of replacing the panel while the reviewer is typing in a segment someone else changed. */
/** The latest change by someone else, offered as a link to its segment. */
export type LiveNotice = { segmentId: string; position: number; actorName: string } | null;

export function LiveChangeNotice({ notice, onShow }: { notice: LiveNotice; onShow: () => void }) {
  if (!notice) return null;
  return (
    <div className="live-notice" role="alert">
      <span>Segment {notice.position + 1} was changed by {notice.actorName} — review the new text. Your typing is kept until you choose.</span>
      <button type="button" className="button small" onClick={onShow}>Show the new text</button>
    </div>
  );
}
