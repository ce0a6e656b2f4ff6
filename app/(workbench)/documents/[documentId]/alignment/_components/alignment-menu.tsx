"use client";

import { useId, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import type { SafeActionResult } from "@/app/_components/action-result";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import { useServerAction } from "@/app/_components/use-server-action";
import { mergeSegmentAction, moveSentenceAction, splitSegmentAction } from "../actions";

export type AlignmentMenuProps = {
  segmentId: string;
  /** The version the row shows; a stale one is refused with "reload the page". */
  version: number;
  /** 0-based, as stored; the menu shows position + 1. */
  position: number;
  /** Sentences per side: `sentenceCount({ text, breaks })` from lib/alignment/edit-beads. */
  sourceSentenceCount: number;
  targetSentenceCount: number;
  isFirst: boolean;
  isLast: boolean;
  /** Called after a change succeeds (e.g. the workspace's own refresh); the route is refreshed anyway. */
  onChanged?: () => void;
};

type Item = { label: string; run: () => Promise<SafeActionResult<unknown>> };

const SIDES = [
  { side: "source", name: "French" },
  { side: "target", name: "English" },
] as const;

function buildItems(props: AlignmentMenuProps): Item[] {
  const { segmentId, version } = props;
  const items: Item[] = [];
  if (!props.isLast) items.push({ label: "Merge with next segment", run: () => mergeSegmentAction({ segmentId, version }) });
  for (const { side, name } of SIDES) {
    const count = side === "source" ? props.sourceSentenceCount : props.targetSentenceCount;
    for (let breakIndex = 0; breakIndex < count - 1; breakIndex++) {
      items.push({ label: `Split ${name} after sentence ${breakIndex + 1}`, run: () => splitSegmentAction({ segmentId, version, side, breakIndex }) });
    }
    if (count > 0 && !props.isFirst) {
      items.push({ label: `Move first ${name} sentence to previous segment`, run: () => moveSentenceAction({ segmentId, version, side, direction: "to-previous" }) });
    }
    if (count > 0 && !props.isLast) {
      items.push({ label: `Move last ${name} sentence to next segment`, run: () => moveSentenceAction({ segmentId, version, side, direction: "to-next" }) });
    }
  }
  return items;
}

type MenuItemsProps = {
  id: string;
  label: string;
  items: Item[];
  itemRefs: RefObject<(HTMLButtonElement | null)[]>;
  onChoose: (item: Item) => void;
  onClose: () => void;
};

/** The open menu: arrow keys, Home and End move between items; Escape and Tab close it. */
function MenuItems({ id, label, items, itemRefs, onChoose, onClose }: MenuItemsProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = itemRefs.current.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (event.key === "Escape" || event.key === "Tab") return onClose();
    if (!(event.key in moves)) return;
    event.preventDefault();
    itemRefs.current[(moves[event.key] + items.length) % items.length]?.focus();
  };
  return (
    <ul id={id} role="menu" aria-label={label} className="card" onKeyDown={onKeyDown}
      style={{ position: "absolute", right: 0, zIndex: 5, listStyle: "none", margin: 0, padding: "0.25rem", minWidth: "17rem" }}>
      {items.map((item, index) => (
        <li key={item.label} role="none">
          <button ref={(element) => { itemRefs.current[index] = element; }} type="button" role="menuitem" tabIndex={-1}
            className="button secondary small" style={{ width: "100%", textAlign: "left", border: 0 }} onClick={() => onChoose(item)}>
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Per-segment menu of alignment fixes (merge, split, move a sentence); shows why a change was refused. */
export function AlignmentMenu(props: AlignmentMenuProps) {
  const { run, error, isPending } = useServerAction({ refreshRoute: true });
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [isOpen, setIsOpen] = useState(false);
  const items = buildItems(props);
  if (items.length === 0) return null;

  const open = (focusIndex: number) => {
    setIsOpen(true);
    requestAnimationFrame(() => itemRefs.current[(focusIndex + items.length) % items.length]?.focus());
  };
  const close = () => {
    setIsOpen(false);
    buttonRef.current?.focus();
  };
  const choose = async (item: Item) => {
    close();
    if ((await run(item.run, undefined)).ok) props.onChanged?.();
  };
  return (
    <div className="alignment-menu" style={{ position: "relative", display: "inline-block" }}>
      <button
        ref={buttonRef}
        type="button"
        className="button secondary small"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        aria-label={`Fix alignment of segment ${props.position + 1}`}
        disabled={isPending}
        onClick={() => (isOpen ? close() : open(0))}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            open(event.key === "ArrowDown" ? 0 : -1);
          }
        }}
      >
        {isPending ? "Changing…" : "Alignment"}
      </button>
      {isOpen ? <MenuItems id={menuId} label={`Alignment of segment ${props.position + 1}`} items={items} itemRefs={itemRefs} onChoose={choose} onClose={close} /> : null}
      <ActionAlert error={error} />
    </div>
  );
}
