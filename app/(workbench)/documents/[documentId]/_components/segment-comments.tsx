"use client";

import { useEffect, useState, type FormEvent } from "react";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import { useServerAction } from "@/app/_components/use-server-action";
import type { SegmentComment } from "@/lib/comments/queries";
import { addCommentAction, deleteCommentAction, loadCommentsAction } from "../segment-actions";
import { useSegmentResource } from "./use-segment-resource";

/** Discussion on the segment that is neither an issue nor a suggestion. Bodies render as plain text. */
export function SegmentComments({ segmentId, liveVersion }: { segmentId: string; liveVersion: number }) {
  const { data: comments, error: loadError, reload } = useSegmentResource<SegmentComment[]>(segmentId, loadCommentsAction);
  // Someone else commented here (use-live-document.ts): reload the list; a draft being typed stays.
  useEffect(() => {
    if (liveVersion > 0) reload();
  }, [liveVersion, reload]);
  const [draft, setDraft] = useState("");
  const { run, error, isPending } = useServerAction();

  async function post(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!(await run(addCommentAction, { segmentId, body: draft })).ok) return;
    setDraft("");
    reload();
  }

  async function remove(commentId: string) {
    if ((await run(deleteCommentAction, { commentId })).ok) reload();
  }

  return (
    <section aria-labelledby="segment-comments-title" className="comments">
      <h3 id="segment-comments-title">Comments ({comments?.length ?? "…"})</h3>
      {loadError ? <p role="alert" className="error">{loadError}</p> : null}
      {comments?.length === 0 ? <p className="subtle">No discussion yet. Ask a question or leave a note for the next reviewer.</p> : null}
      <ol className="comment-list">
        {comments?.map((comment, index) => (
          <li key={comment.id} aria-label={`Comment by ${comment.author.name}`}>
            <p className="comment-body">{comment.body}</p>
            <p className="subtle">
              {comment.author.name} · <time dateTime={new Date(comment.createdAt).toISOString()}>{new Date(comment.createdAt).toLocaleString("en-GB")}</time>
              {comment.canDelete ? <> · <button type="button" className="link-button" aria-label={`Delete comment ${index + 1} by ${comment.author.name}`} onClick={() => remove(comment.id)}>Delete comment</button></> : null}
            </p>
          </li>
        ))}
      </ol>
      <form className="form wide" aria-label="Add a comment" onSubmit={post}>
        <label>
          Your comment
          <textarea rows={2} value={draft} onChange={(event) => setDraft(event.target.value)} placeholder="A question or a note; not an issue or a suggestion" />
        </label>
        <ActionAlert error={error} />
        <p><button type="submit" className="button secondary" disabled={isPending}>Post comment</button></p>
      </form>
    </section>
  );
}
