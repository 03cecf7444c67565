"use client";
// The "Comment" button: opens the comments sidebar's composer for the text
// selected in the editor (as Ctrl+Alt+M / Cmd+Alt+M do). With nothing
// selected it stays focusable but says why it does nothing (aria-disabled
// and a hint), rather than vanishing from the keyboard's path.
// Works in the toolbar (ArticleEditor's toolbarExtra) and in the sidebar:
// it reaches the sidebar through the CommentHighlights extension's storage.
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useId, useState } from "react";
import { useTranslations } from "use-intl";

export function CommentButton({ editor, onStart }: { editor: Editor | null; /** Instead of asking the sidebar through the editor. */ onStart?: () => void }) {
  const t = useTranslations("comments");
  const hintId = useId();
  const [tried, setTried] = useState(false);
  const selected = useEditorState({ editor, selector: ({ editor: e }) => !!e && !e.state.selection.empty }) ?? false;
  return (
    <span className="comment-button-wrap">
      <button
        type="button"
        className="comment-button"
        aria-disabled={!selected || undefined}
        aria-describedby={selected ? undefined : hintId}
        aria-keyshortcuts="Control+Alt+M Meta+Alt+M"
        title={t("commentTitle")}
        // Keep the selection in the text.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          if (!selected) {
            setTried(true);
            return;
          }
          setTried(false);
          if (onStart) onStart();
          else editor?.storage.commentHighlights?.startComment?.();
        }}
      >
        {t("add")}
      </button>
      <span id={hintId} className="visually-hidden">
        {t("selectFirst")}
      </span>
      <span className="hint comment-button-hint" role="status">
        {tried && !selected ? t("selectFirst") : ""}
      </span>
    </span>
  );
}
