"use client";
// One comment thread in the sidebar: the commented text (a button that shows
// it in the article), the comments, a reply box, and Resolve / Reopen for
// whoever may. Each comment shows its author, when (relative), whether it
// was edited, its mentions, and Edit / Delete for its own author.
// Every action's answer is the thread as it now stands (or null when it is
// gone), handed to `onChanged`.
import { useState } from "react";
import { useTranslations } from "use-intl";
import { deleteCommentAction } from "@/lib/actions/comments/delete-comment";
import { editCommentAction } from "@/lib/actions/comments/edit-comment";
import { replyAction } from "@/lib/actions/comments/reply";
import { setThreadResolvedAction } from "@/lib/actions/comments/set-thread-resolved";
import { FormError } from "@/components/newsroom/form-error";
import { Composer, failureText, type SendComment } from "@/components/newsroom/comments/composer";
import { splitMentions } from "@/components/newsroom/comments/mention-text";
import { RelativeTime } from "@/components/newsroom/comments/relative-time";
import { useDateTime } from "@/components/newsroom/editor/use-date-time";
import type { CommentView, ThreadView } from "@/components/newsroom/comments/use-threads";

type Answer = { ok: true; thread: ThreadView | null } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** The element id of a thread's card (for scrolling to it and focusing it). */
export const threadElementId = (threadId: string) => `comment-thread-${threadId}`;

/** Puts the focus on a thread's card once React has drawn it (after the control that had it went away). */
export function focusThread(threadId: string) {
  requestAnimationFrame(() => document.getElementById(threadElementId(threadId))?.focus({ preventScroll: true }));
}

/** Runs an action; its error, or the network error when there was no answer. */
function useRunner(onChanged: (threadId: string, thread: ThreadView | null) => void, threadId: string) {
  const network = useTranslations("errors")("network");
  return async (call: () => Promise<Answer>): Promise<string | null> => {
    try {
      const result = await call();
      if (!result.ok) return failureText(result);
      onChanged(threadId, result.thread);
      return null;
    } catch {
      return network;
    }
  };
}

type ThreadProps = {
  thread: ThreadView;
  active: boolean;
  /** Its commented text is no longer in the article. */
  textGone: boolean;
  replyOpen: boolean;
  onReplyOpen: (open: boolean) => void;
  onActivate: () => void;
  onShowText: () => void;
  onChanged: (threadId: string, thread: ThreadView | null) => void;
};

export function CommentThread({ thread, active, textGone, replyOpen, onReplyOpen, onActivate, onShowText, onChanged }: ThreadProps) {
  const t = useTranslations("comments");
  const run = useRunner(onChanged, thread.id);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = thread.comments[0];
  const quoteId = `${threadElementId(thread.id)}-quote`;

  const sendReply: SendComment = async ({ text, mentions }) => {
    const failure = await run(() => replyAction({ threadId: thread.id, text, mentions }));
    if (!failure) {
      onReplyOpen(false);
      focusThread(thread.id);
    }
    return failure;
  };

  async function toggleResolved() {
    setBusy(true);
    const failure = await run(() => setThreadResolvedAction({ threadId: thread.id, resolved: !thread.resolved }));
    setBusy(false);
    setError(failure);
    if (!failure) focusThread(thread.id); // where it now stands (if it is shown there)
  }

  return (
    <article
      id={threadElementId(thread.id)}
      className={`comment-thread${active ? " is-active" : ""}${thread.resolved ? " is-resolved" : ""}`}
      tabIndex={-1}
      aria-label={t("threadLabel", { name: first?.authorName ?? thread.createdByName ?? t("formerStaff"), quote: thread.quote })}
      aria-current={active || undefined}
      // Working in a thread (clicking it, tabbing into it) makes it the active one.
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest("button, a, textarea, input, [role=option]")) onActivate();
      }}
      onFocus={() => {
        if (!active) onActivate();
      }}
    >
      {textGone ? (
        <p className="comment-quote" id={quoteId}>
          {t("quoteGone", { quote: thread.quote })}
        </p>
      ) : thread.resolved ? (
        <p className="comment-quote" id={quoteId}>
          <q>{thread.quote}</q>
        </p>
      ) : (
        <button type="button" className="comment-quote link-button" id={quoteId} title={t("showInText")} onClick={onShowText}>
          <q>{thread.quote}</q>
        </button>
      )}
      <ol className="comment-list">
        {thread.comments.map((c) => (
          <CommentItem key={c.id} threadId={thread.id} comment={c} run={run} />
        ))}
      </ol>
      {thread.resolved ? <p className="hint">{t("resolvedBy", { name: thread.resolvedByName ?? t("formerStaff") })}</p> : null}
      <FormError>{error}</FormError>
      {replyOpen ? (
        <Composer
          label={t("replyLabel")}
          placeholder={t("replyPlaceholder")}
          submitLabel={t("reply")}
          onSubmit={sendReply}
          onCancel={() => {
            onReplyOpen(false);
            focusThread(thread.id);
          }}
          autoFocus
          rows={2}
        />
      ) : (
        <div className="comment-thread-actions">
          <button type="button" className="secondary" onClick={() => onReplyOpen(true)}>
            {t("reply")}
          </button>
          {thread.canResolve ? (
            <button type="button" className="secondary" disabled={busy} onClick={() => void toggleResolved()}>
              {thread.resolved ? t("reopen") : t("resolve")}
            </button>
          ) : null}
        </div>
      )}
    </article>
  );
}

function CommentItem({ threadId, comment, run }: { threadId: string; comment: CommentView; run: (call: () => Promise<Answer>) => Promise<string | null> }) {
  const t = useTranslations("comments");
  const dateTime = useDateTime();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const saveEdit: SendComment = async ({ text, mentions }) => {
    const failure = await run(() => editCommentAction({ commentId: comment.id, text, mentions }));
    if (!failure) {
      setEditing(false);
      focusThread(threadId);
    }
    return failure;
  };

  async function remove() {
    if (!window.confirm(t("confirmDelete"))) return;
    setBusy(true);
    const failure = await run(async () => {
      const result = await deleteCommentAction({ commentId: comment.id });
      return result.ok ? { ok: true, thread: result.thread } : result;
    });
    setBusy(false);
    setError(failure);
    if (!failure) focusThread(threadId);
  }

  return (
    <li className="comment">
      <p className="comment-meta">
        <span className="comment-author">{comment.authorName ?? t("formerStaff")}</span> <RelativeTime iso={comment.createdAt} />
        {comment.editedAt ? (
          <span className="hint" title={t("editedAt", { time: dateTime(comment.editedAt) })}>
            {" "}
            {t("edited")}
          </span>
        ) : null}
      </p>
      {editing ? (
        <Composer
          label={t("editLabel")}
          submitLabel={t("save")}
          onSubmit={saveEdit}
          onCancel={() => {
            setEditing(false);
            focusThread(threadId);
          }}
          initialText={comment.text}
          initialMentions={comment.mentions}
          autoFocus
          rows={2}
        />
      ) : comment.deleted ? (
        <p className="comment-text hint">{t("deleted")}</p>
      ) : (
        <p className="comment-text">
          {splitMentions(comment.text, comment.mentions.map((m) => m.name)).map((run, i) => (run.mention ? <strong key={i} className="mention">{run.text}</strong> : run.text))}
        </p>
      )}
      {comment.mine && !editing ? (
        <p className="comment-own-actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={t("editComment")}>
            {t("edit")}
          </button>{" "}
          <button type="button" className="link-button" disabled={busy} onClick={() => void remove()} aria-label={t("deleteComment")}>
            {t("delete")}
          </button>
        </p>
      ) : null}
      <FormError>{error}</FormError>
    </li>
  );
}
