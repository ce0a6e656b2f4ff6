"use client";

import type { findSegmentGlossaryMatches } from "@/lib/findings/glossary/matches";
import type { GlossaryMatch } from "@/lib/qa/glossary-matches";
import { loadGlossaryMatchesAction } from "../segment-actions";
import { useSegmentResource } from "./use-segment-resource";

type Matches = Awaited<ReturnType<typeof findSegmentGlossaryMatches>>;

/** The glossary terms in this segment, each shown in a copy of both sentences with the term marked. */
export function GlossaryMatches({ segmentId }: { segmentId: string }) {
  const { data } = useSegmentResource<Matches>(segmentId, loadGlossaryMatchesAction);
  if (!data || data.matches.length === 0) return null;
  return (
    <section aria-labelledby="segment-glossary-title" className="glossary-matches">
      <h3 id="segment-glossary-title">Glossary ({data.matches.length})</h3>
      <ul>
        {data.matches.map((match) => (
          <li key={match.entryId} aria-label={`Glossary term ${match.sourceTerm}`}>
            <p>
              <strong lang="fr">{match.sourceTerm}</strong> → {match.targetTerms.join(" or ")}
              {match.targetSpan ? null : <span className="error"> — not found in the English</span>}
              {match.note ? <span className="subtle"> · {match.note}</span> : null}
            </p>
            <p className="glossary-context" lang="fr"><Marked text={data.sourceText} match={match} side="source" /></p>
            {match.targetSpan ? <p className="glossary-context"><Marked text={data.targetText} match={match} side="target" /></p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The sentence around the term (up to 60 characters each side), the term in a mark. */
// A copy of the text in the panel, never the row's own text: nothing under the reader's selection changes.
function Marked({ text, match, side }: { text: string; match: GlossaryMatch; side: "source" | "target" }) {
  const span = side === "source" ? match.sourceSpan : match.targetSpan!;
  const from = Math.max(0, span.start - 60);
  const to = Math.min(text.length, span.end + 60);
  return (
    <>
      {from > 0 ? "…" : ""}{text.slice(from, span.start)}
      <mark className="glossary-term">{text.slice(span.start, span.end)}</mark>
      {text.slice(span.end, to)}{to < text.length ? "…" : ""}
    </>
  );
}
