"use client";
// "Counts & checks" beside the editor (issue 20): how long the body, headline
// and lead are as their readers count (syllables — chữ — for Vietnamese), how
// long the story takes to read, and the publish checks with their pass/warn
// states, recounted as people type (use-copy-desk.ts). These are the very
// checks the server runs at publish (lib/articles/publish-gate.ts), on the
// same view of the article (publish-content.ts). A disclosure, open by
// default, so a phone can fold it away. Below the checks: the copy desk's
// tools (the tone-mark and legacy-encoding commands) and the spelling note.
import type { Editor } from "@tiptap/react";
import { useState, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import type * as Y from "yjs";
import type { PublishContent } from "@/lib/articles/publish-checks";
import type { WritingSettings } from "@/lib/settings/writing";
import { CheckList } from "@/components/newsroom/editor/copy-desk/check-list";
import { CopyTools } from "@/components/newsroom/editor/copy-desk/copy-tools";
import { CountsView } from "@/components/newsroom/editor/copy-desk/counts-view";
import { useCopyDesk } from "@/components/newsroom/editor/copy-desk/use-copy-desk";
import styles from "@/components/newsroom/editor/copy-desk/checks-panel.module.css";

type Props = {
  editor: Editor | null;
  doc: Y.Doc;
  /** The article as typed: article-editor.tsx's one builder (publish-content.ts). */
  content: () => PublishContent | null;
  /** The article's language (or the site's). */
  lang: string;
  writing: WritingSettings;
  /** The spelling checker's note ("No spelling dictionary for Русский"), if it has one. */
  spellingNote?: ReactNode;
};

export function ChecksPanel({ editor, doc, content, lang, writing, spellingNote }: Props) {
  const t = useTranslations("copyDesk.panel");
  const [open, setOpen] = useState(true);
  const view = useCopyDesk({ doc, content, ready: Boolean(editor), lang, settings: writing });
  // Without a dateline convention the check has nothing to say.
  const results = view?.results.filter((r) => r.id !== "dateline" || writing.copyDesk.datelinePrefix) ?? [];
  const warnings = results.filter((r) => r.state === "warn").length;
  return (
    <section className={`workflow ${styles.panel}`} aria-label={t("title")} data-testid="copy-desk">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2>{t("title")}</h2>
          {view ? (
            <span className={styles.summaryState} data-warn={warnings ? "" : undefined} data-testid="copy-desk-summary">
              {warnings ? t("summaryWarn", { count: warnings }) : t("summaryClear")}
            </span>
          ) : null}
        </summary>
        {view ? (
          <>
            <CountsView counts={view.counts} lang={lang} />
            <CheckList results={results} editor={editor} />
          </>
        ) : (
          <p className="hint">{t("waiting")}</p>
        )}
        <div className={styles.slot}>
          <CopyTools editor={editor} toneMarkStyle={writing.copyDesk.toneMarkStyle} />
        </div>
        {spellingNote ? <div className={styles.slot}>{spellingNote}</div> : null}
      </details>
    </section>
  );
}
