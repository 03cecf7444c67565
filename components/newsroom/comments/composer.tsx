"use client";
// Writing a comment: a new thread's first comment, a reply, or an edit. The
// text box takes @-mentions (mention-input.tsx); sending gives the text and
// the ids of the people still mentioned in it. While sending, the box stays
// as typed; a refusal is shown under it and nothing is lost.
import { useState } from "react";
import { useTranslations } from "use-intl";
import { FormError } from "@/components/newsroom/form-error";
import { MentionInput, type MentionDraft } from "@/components/newsroom/comments/mention-input";
import { mentionedIds, type PickedMention } from "@/components/newsroom/comments/mention-text";

/** The longest comment the server takes (lib/comments/input.ts COMMENT_LIMITS.text). */
const MAX_TEXT = 5000;

/** An action's refusal as one line: its message and the fields' messages (e.g. a text too long). */
export function failureText(result: { error: string; fieldErrors?: Record<string, string[]> }): string {
  return [result.error, ...Object.values(result.fieldErrors ?? {}).flat()].join(" ");
}

/** What a composer hands over: the text and the mentioned staff's ids. */
export type CommentSubmission = { text: string; mentions: string[] };
/** Sends a comment; an error message, or null when it was taken. */
export type SendComment = (submission: CommentSubmission) => Promise<string | null>;

type Props = {
  /** The text box's accessible name. */
  label: string;
  placeholder?: string;
  submitLabel: string;
  onSubmit: SendComment;
  onCancel?: () => void;
  initialText?: string;
  initialMentions?: PickedMention[];
  autoFocus?: boolean;
  rows?: number;
};

export function Composer({ label, placeholder, submitLabel, onSubmit, onCancel, initialText = "", initialMentions = [], autoFocus, rows }: Props) {
  const t = useTranslations("comments");
  const [draft, setDraft] = useState<MentionDraft>({ text: initialText, picked: initialMentions });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const empty = draft.text.trim() === "";

  async function send() {
    if (busy || empty) return;
    setBusy(true);
    setError(null);
    const failure = await onSubmit({ text: draft.text.trim(), mentions: mentionedIds(draft.text, draft.picked) });
    setBusy(false);
    if (failure) setError(failure);
    else setDraft({ text: "", picked: [] });
  }

  return (
    <form
      className="comment-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <MentionInput value={draft} onChange={setDraft} label={label} placeholder={placeholder} onSubmit={() => void send()} onCancel={onCancel} autoFocus={autoFocus} readOnly={busy} maxLength={MAX_TEXT} rows={rows} />
      <FormError>{error}</FormError>
      <div className="comment-composer-actions">
        <button type="submit" disabled={busy || empty}>
          {busy ? t("sending") : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
            {t("cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
