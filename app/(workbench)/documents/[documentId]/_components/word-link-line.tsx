import { Fragment } from "react";
import type { WordLink } from "./use-word-counterpart";

/** Says in words what the highlights show: the hovered or focused word and its counterparts on the other side. */
export function WordLinkLine({ link }: { link: WordLink | null }) {
  const [from, to] = link?.side === "source" ? ["French", "English"] : ["English", "French"];
  return (
    <p className="word-link subtle" role="status" aria-label="Word counterpart">
      {link ? (
        <>
          {from} <q className="quoted" lang={link.side === "source" ? "fr" : "en"}>{link.word}</q> ↔ {to}{" "}
          {link.counterparts.length > 0
            ? link.counterparts.map((word, index) => (
                <Fragment key={index}>
                  {index > 0 ? ", " : ""}
                  <q className="quoted" lang={link.side === "source" ? "en" : "fr"}>{word}</q>
                </Fragment>
              ))
            : "(no counterpart found)"}
        </>
      ) : null}
    </p>
  );
}
