/** A committed change on a document, as inTransaction announces it after the commit (recto_document). */
export type DocumentChange = {
  documentId: string;
  segmentIds: string[];
  /** The history action, e.g. "issue.flag", "suggestion.approve", "alignment.merge". */
  action: string;
  actorId: string | null;
  actorName: string | null;
};

/** A user change (recto_user): the session cache forgets the user. */
export type UserChange = { userId: string; action: string };

/** One open workspace tab's heartbeat (recto_presence). `clientId` is random per tab. */
export type PresenceBeat = { documentId: string; clientId: string; userId: string; name: string; segmentId: string | null; isLeaving: boolean };

/** Someone viewing a document, and the segment they have open. */
export type Viewing = { userId: string; name: string; initials: string; segmentId: string | null };
