import styles from "./findings.module.css";

type HighlightedTextProps = { text: string; start: number | null; end: number | null; lang: string; label: string; missing: string };

/** One side of a segment with the finding's span marked; rendered as text, so markup shows literally. */
export function HighlightedText({ text, start, end, lang, label, missing }: HighlightedTextProps) {
  if (text === "") return <div className={styles.empty}>{missing}</div>;
  const hasSpan = start !== null && end !== null && start >= 0 && end <= text.length && start <= end;
  return (
    <div lang={lang} aria-label={label}>
      {hasSpan ? (
        <>
          {text.slice(0, start)}
          <mark>{text.slice(start, end)}</mark>
          {text.slice(end)}
        </>
      ) : (
        text
      )}
    </div>
  );
}
