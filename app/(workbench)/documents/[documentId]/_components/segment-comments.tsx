"use client";

import { useState, type FormEvent } from "react";
import type { SegmentComment } from "@/lib/comments/queries";
import { addCommentAction, deleteCommentAction, loadCommentsAction } from "../segment-actions";
import { describeValidationErrors } from "./use-segment-detail";
import { useSegmentResource } from "./use-segment-resource";

type Result = { serverError?: string; validationErrors?: unknown } | undefined;

function errorOf(result: Result): string | null {
  if (result?.serverError) return result.serverError;
  return result?.validationErrors ? describeValidationErrors(result.validationErrors) : null;
}

/** Discussion on the segment that is neither an issue nor a suggestion. Bodies render as plain text. */
export function SegmentComments({ segmentId }: { segmentId: string }) {
  const { data: comments, error: loadError, reload } = useSegmentResource<SegmentComment[]>(segmentId, loadCommentsAction);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function post(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    const message = errorOf(await addCommentAction({ segmentId, body: draft }));
    setSaving(false);
    setError(message);
    if (!message) {
      setDraft("");
      reload();
    }
  }

  async function remove(commentId: string) {
    const message = errorOf(await deleteCommentAction({ commentId }));
    setError(message);
    if (!message) reload();
  }

  return (
    <section aria-labelledby="segment-comments-title" className="comments">
      <h3 id="segment-comments-title">Comments ({comments?.length ?? "…"})</h3>
      {loadError ? <p role="alert" className="error">{loadError}</p> : null}
      {comments?.length === 0 ? <p className="subtle">No discussion yet. Ask a question or leave a note for the next reviewer.</p> : null}
      <ol className="comment-list">
        {comments?.map((comment) => (
          <li key={comment.id} aria-label={`Comment by ${comment.author.name}`}>
            <p className="comment-body">{comment.body}</p>
            <p className="subtle">
              {comment.author.name} · <time dateTime={new Date(comment.createdAt).toISOString()}>{new Date(comment.createdAt).toLocaleString("en-GB")}</time>
              {comment.canDelete ? <> · <button type="button" className="link-button" onClick={() => remove(comment.id)}>Delete comment</button></> : null}
            </p>
          </li>
        ))}
      </ol>
      <form className="form wide" aria-label="Add a comment" onSubmit={post}>
        <label>
          Your comment
          <textarea rows={2} value={draft} onChange={(event) => setDraft(event.target.value)} placeholder="A question or a note; not an issue or a suggestion" />
        </label>
        {error ? <p role="alert" className="error">{error}</p> : null}
        <p><button type="submit" className="button secondary" disabled={isSaving}>Post comment</button></p>
      </form>
    </section>
  );
}
