export const SEGMENT_STATUSES = ["unreviewed", "flagged", "corrected", "approved", "reviewed"] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export const SEGMENT_EVENTS = [
  "issue_flagged",
  "issue_closed",
  "suggestion_created",
  "suggestion_closed",
  "suggestion_approved",
  "segment_approved",
  "direct_edit",
  "reopened",
  "segment_reviewed",
  "realigned",
] as const;
export type SegmentEvent = (typeof SEGMENT_EVENTS)[number];

export const SUGGESTION_STATUSES = ["pending", "approved", "approved_with_edits", "rejected", "withdrawn"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
export type SuggestionEvent = "edit" | "approve" | "approve_with_edits" | "reject" | "withdraw";

export const ISSUE_STATUSES = ["open", "resolved", "dismissed"] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export type IssueEvent = "edit" | "resolve" | "dismiss";

/** Counts on the segment once the event has happened (the closed issue/suggestion excluded). */
export type SegmentFacts = { openIssueCount: number; pendingSuggestionCount: number };

/** An illegal state change; edges map `code` to HTTP 409. */
export class TransitionError extends Error {
  readonly code = "INVALID_STATE" as const;
  constructor(
    message: string,
    readonly entity: "segment" | "suggestion" | "issue",
    readonly from: string,
    readonly event: string,
  ) {
    super(message);
    this.name = "TransitionError";
  }
}

type Target<S> = S | ((facts: SegmentFacts) => S);

/** Where a segment rests when nothing is approved: pending work first, then open issues. */
function settle(facts: SegmentFacts): SegmentStatus {
  if (facts.pendingSuggestionCount > 0) return "corrected";
  return facts.openIssueCount > 0 ? "flagged" : "unreviewed";
}

const SEGMENT_TABLE: Record<SegmentStatus, Partial<Record<SegmentEvent, Target<SegmentStatus>>>> = {
  unreviewed: {
    issue_flagged: "flagged",
    suggestion_created: "corrected",
    segment_approved: "approved",
    direct_edit: "approved",
    segment_reviewed: "reviewed",
    realigned: settle,
  },
  // Read and found fine ("done, nothing to fix"); any new issue or suggestion reopens the work.
  reviewed: {
    issue_flagged: "flagged",
    suggestion_created: "corrected",
    segment_approved: "approved",
    direct_edit: "approved",
    realigned: settle,
  },
  flagged: {
    issue_flagged: "flagged",
    issue_closed: settle,
    suggestion_created: "corrected",
    segment_approved: "approved",
    direct_edit: "approved",
    realigned: settle,
  },
  corrected: {
    issue_flagged: "corrected",
    issue_closed: settle,
    suggestion_created: "corrected",
    suggestion_closed: settle,
    suggestion_approved: "approved",
    direct_edit: "approved",
  },
  approved: {
    issue_closed: "approved",
    direct_edit: "approved",
    reopened: settle,
    // New boundaries: the approval was of other sentences, so the segment's review starts over.
    realigned: settle,
  },
};

const SEGMENT_HINTS: Partial<Record<SegmentEvent, string>> = {
  issue_flagged: "an editor must reopen an approved segment before new issues are flagged",
  suggestion_created: "an editor must reopen an approved segment before suggesting changes",
  suggestion_approved: "only a segment with a pending suggestion can have one approved",
  segment_approved: "approve or reject its pending suggestions first",
  reopened: "only an approved segment can be reopened",
  segment_reviewed: "only an unreviewed segment, with no open issue or pending suggestion, can be marked reviewed",
  realigned: "approve or reject its pending suggestions before changing the alignment",
};

/**
 * Next segment status: unreviewed → flagged → corrected (suggestion pending) → approved; an editor
 * reopens an approved segment to corrected, flagged or unreviewed depending on `facts`. An
 * unreviewed segment a reviewer found fine is marked reviewed; new work on it moves it on as above.
 * Throws TransitionError when the event is not allowed in `current`.
 */
export function nextSegmentStatus(current: SegmentStatus, event: SegmentEvent, facts: SegmentFacts): SegmentStatus {
  const target = SEGMENT_TABLE[current][event];
  if (target === undefined) {
    const hint = SEGMENT_HINTS[event] ?? "this event does not apply to it";
    throw new TransitionError(`Cannot apply ${event} to a segment that is ${current}: ${hint}.`, "segment", current, event);
  }
  if (event === "segment_approved" && facts.pendingSuggestionCount > 0) {
    throw new TransitionError(
      `Cannot approve a segment with ${facts.pendingSuggestionCount} pending suggestion(s): ${SEGMENT_HINTS.segment_approved}.`,
      "segment",
      current,
      event,
    );
  }
  return typeof target === "function" ? target(facts) : target;
}

/**
 * Whether the status after `event` depends on the segment's facts: when it does not, callers need
 * not count its open issues and pending suggestions (one query less on every flag and suggestion).
 */
export function dependsOnFacts(current: SegmentStatus, event: SegmentEvent): boolean {
  return event === "segment_approved" || typeof SEGMENT_TABLE[current][event] === "function";
}

const SUGGESTION_TARGETS: Record<SuggestionEvent, SuggestionStatus> = {
  edit: "pending",
  approve: "approved",
  approve_with_edits: "approved_with_edits",
  reject: "rejected",
  withdraw: "withdrawn",
};

/** Only a pending suggestion changes; every other status is final. */
export function nextSuggestionStatus(current: SuggestionStatus, event: SuggestionEvent): SuggestionStatus {
  if (current !== "pending") {
    throw new TransitionError(
      `Cannot ${event.replaceAll("_", " ")} a suggestion that is already ${current.replaceAll("_", " ")}; only pending suggestions can change.`,
      "suggestion",
      current,
      event,
    );
  }
  return SUGGESTION_TARGETS[event];
}

const ISSUE_TARGETS: Record<IssueEvent, IssueStatus> = { edit: "open", resolve: "resolved", dismiss: "dismissed" };

/** Only an open issue changes; resolved and dismissed are final. */
export function nextIssueStatus(current: IssueStatus, event: IssueEvent): IssueStatus {
  if (current !== "open") {
    throw new TransitionError(
      `Cannot ${event} an issue that is already ${current}; only open issues can change.`,
      "issue",
      current,
      event,
    );
  }
  return ISSUE_TARGETS[event];
}

export function isTransitionError(error: unknown): error is TransitionError {
  return error instanceof TransitionError;
}
