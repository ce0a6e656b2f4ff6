import { describe, expect, it } from "vitest";
import { createPresenceBoard, initialsOf, PRESENCE_EXPIRY_MS } from "@/lib/live/presence";
import { sseComment, sseEvent } from "@/lib/live/sse";
import type { PresenceBeat } from "@/lib/live/types";

const DOC = "11111111-1111-4111-8111-111111111111";
const SEG = "22222222-2222-4222-8222-222222222222";
const beat = (over: Partial<PresenceBeat> = {}): PresenceBeat => ({
  documentId: DOC, clientId: "tab-a", userId: "u1", name: "Eddie Marsh", segmentId: null, isLeaving: false, ...over,
});

describe("initials on a row", () => {
  it.each([
    ["Eddie Marsh", "EM"],
    ["eddie", "E"],
    ["Marie-Anne de La Roux", "MR"],
    ["  Élodie   Ünal ", "ÉÜ"],
    ["42", "?"],
  ])("%s shows as %s", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe("the presence board", () => {
  it("lists a reviewer once however many tabs they have open, with the segment of their latest tab", () => {
    const board = createPresenceBoard();
    expect(board.apply(beat(), 0)).toBe(true);
    expect(board.apply(beat({ clientId: "tab-b", segmentId: SEG }), 10)).toBe(true);
    expect(board.list(DOC)).toEqual([{ userId: "u1", name: "Eddie Marsh", initials: "EM", segmentId: SEG }]);
  });

  it("reports no change for a heartbeat that only says the same again", () => {
    const board = createPresenceBoard();
    board.apply(beat({ segmentId: SEG }), 0);
    expect(board.apply(beat({ segmentId: SEG }), 3_000)).toBe(false);
  });

  it("forgets a tab that leaves, and one silent for longer than the expiry", () => {
    const board = createPresenceBoard();
    board.apply(beat(), 0);
    board.apply(beat({ clientId: "tab-z", userId: "u2", name: "Zoé Martin" }), 5_000);
    expect(board.prune(PRESENCE_EXPIRY_MS)).toEqual([]);
    expect(board.prune(PRESENCE_EXPIRY_MS + 1)).toEqual([DOC]);
    expect(board.list(DOC).map((v) => v.initials)).toEqual(["ZM"]);
    expect(board.apply(beat({ clientId: "tab-z", userId: "u2", isLeaving: true }), 6_000)).toBe(true);
    expect(board.list(DOC)).toEqual([]);
  });
});

describe("Server-Sent Events frames", () => {
  it("puts a named event's JSON on one data line, newlines escaped", () => {
    expect(sseEvent("change", { text: "a\nb" })).toBe('event: change\ndata: {"text":"a\\nb"}\n\n');
  });

  it("keeps a comment on one line", () => {
    expect(sseComment("heart\nbeat")).toBe(": heart beat\n\n");
  });
});
