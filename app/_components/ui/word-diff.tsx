import { diffWords, sideBySide, type DiffPart, type SideSpan } from "@/lib/diff/word-diff";

type Props = { before: string; after: string; beforeLabel?: string; afterLabel?: string };

/** Word-level diff, inline: deletions struck through, insertions underlined. Texts render as text. */
export function InlineDiff({ before, after, label, as: Tag = "p" }: { before: string; after: string; label?: string; as?: "p" | "span" }) {
  const parts = diffWords(before, after);
  return (
    <Tag className="diff inline-diff" role={label ? "group" : undefined} aria-label={label}>
      {parts.length === 0 || parts.every((part) => part.kind === "equal") ? <span className="subtle">(no change) </span> : null}
      {parts.map((part, index) => renderPart(part, index))}
    </Tag>
  );
}

function renderPart(part: DiffPart | SideSpan, key: number) {
  if (part.kind === "insert") return <ins key={key}>{part.text}</ins>;
  if (part.kind === "delete") return <del key={key}>{part.text}</del>;
  return <span key={key}>{part.text}</span>;
}

/** The same diff as two columns, before | after, rows aligned at shared line breaks. */
export function SideBySideDiff({ before, after, beforeLabel = "Published English", afterLabel = "Suggestion" }: Props) {
  const rows = sideBySide(diffWords(before, after));
  return (
    <table className="diff side-by-side">
      <thead>
        <tr>
          <th scope="col">{beforeLabel}</th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            <td>{row.before.map((span, i) => renderPart(span, i))}</td>
            <td>{row.after.map((span, i) => renderPart(span, i))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
