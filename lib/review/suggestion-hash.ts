import { createHash } from "node:crypto";

/**
 * Pure: the fingerprint of a suggestion's text that an approval carries, so an editor approves
 * exactly the text they were shown (the author may edit a pending suggestion at any time).
 */
export function suggestionTextHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
