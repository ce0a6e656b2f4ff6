"use client";

import { useEffect, useRef } from "react";

export type WorkspaceCommands = {
  move: (delta: number) => void;
  flag: () => void;
  suggest: () => void;
  /** Mark the segment reviewed (nothing to fix) and go to the next. */
  review: () => void;
  approve: (() => void) | null;
  help: () => void;
};

export const SHORTCUTS: { keys: string[]; action: string; editorsOnly?: boolean }[] = [
  { keys: ["j", "↓"], action: "Next segment" },
  { keys: ["k", "↑"], action: "Previous segment" },
  { keys: ["f"], action: "Flag an issue on the selected text (or the whole segment)" },
  { keys: ["Tab", "← →", "Shift + ← →"], action: "In the open segment: reach its words, move by word, select words" },
  { keys: ["s"], action: "Suggest a correction for the segment" },
  { keys: ["r"], action: "Mark the segment reviewed (nothing to fix) and go to the next" },
  { keys: ["a"], action: "Approve the segment's pending suggestion", editorsOnly: true },
  { keys: ["?"], action: "Show these shortcuts" },
  { keys: ["Esc"], action: "Close a dialog" },
];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.closest("dialog[open]") !== null;
}

/** Single-key shortcuts, off while typing in a field or inside a dialog. Arrows act only in the list. */
export function useWorkspaceKeys(commands: WorkspaceCommands) {
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const inList = event.target instanceof HTMLElement && event.target.closest('[role="table"]') !== null;
      const command = latest.current;
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (event.key === "j" || (event.key === "ArrowDown" && inList)) run(() => command.move(1));
      else if (event.key === "k" || (event.key === "ArrowUp" && inList)) run(() => command.move(-1));
      else if (event.key === "f") run(command.flag);
      else if (event.key === "s") run(command.suggest);
      else if (event.key === "r") run(command.review);
      else if (event.key === "a" && command.approve) run(command.approve);
      else if (event.key === "?") run(command.help);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
