import { describe, expect, it } from "vitest";
import {
  dependsOnFacts,
  nextIssueStatus,
  nextSegmentStatus,
  nextSuggestionStatus,
  SEGMENT_EVENTS,
  SEGMENT_STATUSES,
  SUGGESTION_STATUSES,
  TransitionError,
  type SegmentEvent,
  type SegmentFacts,
  type SegmentStatus,
} from "@/lib/status/transitions";

const none: SegmentFacts = { openIssueCount: 0, pendingSuggestionCount: 0 };
const openIssue: SegmentFacts = { openIssueCount: 1, pendingSuggestionCount: 0 };
const pending: SegmentFacts = { openIssueCount: 1, pendingSuggestionCount: 1 };

const LEGAL: [SegmentStatus, SegmentEvent, SegmentFacts, SegmentStatus][] = [
  ["unreviewed", "issue_flagged", openIssue, "flagged"],
  ["unreviewed", "suggestion_created", pending, "corrected"],
  ["unreviewed", "segment_approved", none, "approved"],
  ["unreviewed", "direct_edit", none, "approved"],
  ["flagged", "issue_flagged", openIssue, "flagged"],
  ["flagged", "issue_closed", openIssue, "flagged"],
  ["flagged", "issue_closed", none, "unreviewed"],
  ["flagged", "suggestion_created", pending, "corrected"],
  ["flagged", "segment_approved", openIssue, "approved"],
  ["flagged", "direct_edit", openIssue, "approved"],
  ["corrected", "issue_flagged", pending, "corrected"],
  ["corrected", "issue_closed", pending, "corrected"],
  ["corrected", "suggestion_created", pending, "corrected"],
  ["corrected", "suggestion_closed", pending, "corrected"],
  ["corrected", "suggestion_closed", openIssue, "flagged"],
  ["corrected", "suggestion_closed", none, "unreviewed"],
  ["corrected", "suggestion_approved", none, "approved"],
  ["corrected", "direct_edit", pending, "approved"],
  ["approved", "issue_closed", none, "approved"],
  ["approved", "direct_edit", none, "approved"],
  ["approved", "reopened", none, "unreviewed"],
  ["approved", "reopened", openIssue, "flagged"],
  ["approved", "reopened", pending, "corrected"],
  ["unreviewed", "segment_reviewed", none, "reviewed"],
  ["reviewed", "issue_flagged", openIssue, "flagged"],
  ["reviewed", "suggestion_created", pending, "corrected"],
  ["reviewed", "segment_approved", none, "approved"],
  ["reviewed", "direct_edit", none, "approved"],
  // An alignment edit (lib/alignment) starts the review of the new segments over.
  ["unreviewed", "realigned", none, "unreviewed"],
  ["unreviewed", "realigned", openIssue, "flagged"],
  ["reviewed", "realigned", none, "unreviewed"],
  ["flagged", "realigned", openIssue, "flagged"],
  ["flagged", "realigned", none, "unreviewed"],
  ["approved", "realigned", none, "unreviewed"],
  ["approved", "realigned", openIssue, "flagged"],
];

describe("nextSegmentStatus", () => {
  it.each(LEGAL)("moves a %s segment on %s (%j) to %s", (current, event, facts, expected) => {
    expect(nextSegmentStatus(current, event, facts)).toBe(expected);
  });

  const legalPairs = new Set(LEGAL.map(([current, event]) => `${current}:${event}`));
  const illegal = SEGMENT_STATUSES.flatMap((current) =>
    SEGMENT_EVENTS.filter((event) => !legalPairs.has(`${current}:${event}`)).map((event) => [current, event] as const),
  );

  it.each(illegal)("refuses %s on %s with INVALID_STATE", (current, event) => {
    const attempt = () => nextSegmentStatus(current, event, pending);
    expect(attempt).toThrow(TransitionError);
    expect(attempt).toThrow(new RegExp(`${event} to a segment that is ${current}`));
  });

  it("refuses to approve a segment whose suggestions are still pending", () => {
    expect(() => nextSegmentStatus("flagged", "segment_approved", pending)).toThrow(/1 pending suggestion/);
  });

  it("refuses to realign a corrected segment: its pending suggestion points into the old text", () => {
    expect(() => nextSegmentStatus("corrected", "realigned", { openIssueCount: 0, pendingSuggestionCount: 0 })).toThrow(/approve or reject its pending suggestions/);
  });

  it("tells the translator an approved segment must be reopened first", () => {
    try {
      nextSegmentStatus("approved", "issue_flagged", none);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TransitionError);
      expect(error).toMatchObject({ code: "INVALID_STATE", entity: "segment", from: "approved", event: "issue_flagged" });
      expect((error as Error).message).toMatch(/must reopen/);
    }
  });
});

describe("nextSuggestionStatus", () => {
  it.each([
    ["edit", "pending"],
    ["approve", "approved"],
    ["approve_with_edits", "approved_with_edits"],
    ["reject", "rejected"],
    ["withdraw", "withdrawn"],
  ] as const)("moves a pending suggestion on %s to %s", (event, expected) => {
    expect(nextSuggestionStatus("pending", event)).toBe(expected);
  });

  it.each(SUGGESTION_STATUSES.filter((status) => status !== "pending"))("refuses to change a %s suggestion", (status) => {
    expect(() => nextSuggestionStatus(status, "approve")).toThrow(/only pending suggestions can change/);
  });
});

describe("nextIssueStatus", () => {
  it.each([
    ["edit", "open"],
    ["resolve", "resolved"],
    ["dismiss", "dismissed"],
  ] as const)("moves an open issue on %s to %s", (event, expected) => {
    expect(nextIssueStatus("open", event)).toBe(expected);
  });

  it.each(["resolved", "dismissed"] as const)("refuses to change a %s issue", (status) => {
    expect(() => nextIssueStatus(status, "resolve")).toThrow(TransitionError);
  });
});

describe("dependsOnFacts", () => {
  const FACTS: SegmentFacts[] = [none, openIssue, pending, { openIssueCount: 0, pendingSuggestionCount: 2 }];
  const outcome = (status: SegmentStatus, event: SegmentEvent, facts: SegmentFacts) => {
    try {
      return nextSegmentStatus(status, event, facts);
    } catch (error) {
      return (error as Error).message;
    }
  };

  it("is false only where every combination of facts leads to the same outcome", () => {
    for (const status of SEGMENT_STATUSES) {
      for (const event of SEGMENT_EVENTS) {
        const outcomes = new Set(FACTS.map((facts) => outcome(status, event, facts)));
        if (!dependsOnFacts(status, event)) expect(outcomes.size, `${status} + ${event}`).toBe(1);
      }
    }
  });

  it("is true where the facts decide, so reopening and closing still count them", () => {
    expect(dependsOnFacts("approved", "reopened")).toBe(true);
    expect(dependsOnFacts("corrected", "suggestion_closed")).toBe(true);
    expect(dependsOnFacts("flagged", "issue_closed")).toBe(true);
    expect(dependsOnFacts("unreviewed", "segment_approved")).toBe(true);
    expect(dependsOnFacts("unreviewed", "issue_flagged")).toBe(false);
    expect(dependsOnFacts("flagged", "suggestion_created")).toBe(false);
  });
});
