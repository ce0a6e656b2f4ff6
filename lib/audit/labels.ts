/** Audit actions in words, for people reading the log ("approved a suggestion"). Codes stay stable in the database. */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  "document.import": "imported a document",
  "document.delete": "deleted a document",
  "document.export": "exported a document",
  "document.self_approval": "changed self-approval on a document",
  "document.qa-check-enable": "turned an automatic check on",
  "document.qa-check-disable": "turned an automatic check off",
  "issue.flag": "flagged an issue",
  "issue.update": "edited an issue",
  "issue.resolve": "resolved an issue",
  "issue.dismiss": "dismissed an issue",
  "suggestion.create": "suggested a correction",
  "suggestion.update": "edited a suggestion",
  "suggestion.approve": "approved a suggestion",
  "suggestion.approve_with_edits": "approved a suggestion with edits",
  "suggestion.reject": "rejected a suggestion",
  "suggestion.withdraw": "withdrew a suggestion",
  "segment.edit": "edited a segment directly",
  "segment.reopen": "reopened a segment",
  "segment.review": "marked a segment reviewed",
  "comment.create": "commented on a segment",
  "comment.delete": "deleted a comment",
  "alignment.merge": "merged segments",
  "alignment.split": "split a segment",
  "alignment.move": "moved a sentence to the next segment",
  "finding.confirm": "confirmed an automatic finding",
  "finding.dismiss": "dismissed an automatic finding",
  "glossary.create": "added a glossary entry",
  "glossary.update": "edited a glossary entry",
  "glossary.delete": "deleted a glossary entry",
  "glossary.seed": "added the starter glossary",
  "user.create": "created a user",
  "user.set_role": "changed a user's role",
  "user.reset_password": "reset a user's password",
  "user.deactivate": "deactivated a user",
  "user.reactivate": "reactivated a user",
};

/** "suggestion.approve" → "approved a suggestion"; an unknown code reads as its words ("glossary.rename" → "glossary: rename"). */
export function describeAuditAction(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const [entity, ...verb] = action.split(".");
  return verb.length ? `${entity.replaceAll(/[_-]/g, " ")}: ${verb.join(" ").replaceAll(/[_-]/g, " ")}` : action.replaceAll(/[_-]/g, " ");
}
