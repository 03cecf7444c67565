"use client";
// The notice after a paste in an old Vietnamese encoding was converted to
// Unicode: which encoding, an Undo that puts the text back as pasted, and a
// Dismiss. A polite live region, there before anything is said in it so
// screen readers announce the message; its buttons are ordinary buttons.
// LegacyNoticeView is the look; BodyLegacyNotice reads the body's paste
// (legacy-paste.ts); the title and lead use use-legacy-field-paste.tsx.
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useTranslations } from "use-intl";
import type { LegacyEncoding } from "@/lib/vietnamese/legacy-encodings";
import bar from "@/components/newsroom/editor/notice-bar.module.css";
import { legacyStateOf, type LegacyNotice } from "@/components/newsroom/editor/copy-desk/legacy-paste";

type ViewProps = {
  /** Null: nothing to say (the live region stays, empty). */
  notice: { encoding: LegacyEncoding; undoable: boolean; restored: boolean } | null;
  onUndo: () => void;
  onDismiss: () => void;
  /** Which field the paste was in, for tests and for telling two notices apart. */
  field: string;
};

export function LegacyNoticeView({ notice, onUndo, onDismiss, field }: ViewProps) {
  const t = useTranslations("copyDesk.legacy");
  return (
    <div className={bar.bar} role="status" aria-live="polite" data-testid={`legacy-notice-${field}`}>
      {notice ? (
        <>
          <p>{notice.restored ? t("restored") : t("converted", { encoding: t(`encodings.${notice.encoding}`) })}</p>
          {notice.undoable ? (
            <button type="button" onClick={onUndo}>
              {t("undo")}
            </button>
          ) : null}
          <button type="button" onClick={onDismiss}>
            {t("dismiss")}
          </button>
        </>
      ) : null}
    </div>
  );
}

/** The body's notice, above it. */
export function BodyLegacyNotice({ editor }: { editor: Editor | null }) {
  const notice = useEditorState({
    editor,
    selector: ({ editor: e }): LegacyNotice | null => (e ? legacyStateOf(e.state).notice : null),
  });
  return (
    <LegacyNoticeView
      field="body"
      notice={notice ?? null}
      onUndo={() => editor?.chain().focus().undoLegacyPaste().run()}
      onDismiss={() => editor?.chain().focus().dismissLegacyNotice().run()}
    />
  );
}
