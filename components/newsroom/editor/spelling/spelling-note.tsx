"use client";
// The spelling line of the counts & checks panel: whether spelling works for
// the article's language (loading, no dictionary, not installed here), how
// many words in the body are underlined, how to get suggestions, and what the
// menu's last action did (a polite live region).
import { useEditorState, type Editor } from "@tiptap/react";
import { useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "use-intl";
import type { SpellingController } from "@/components/newsroom/editor/spelling/controller";
import type { SpellingStatus } from "@/components/newsroom/editor/spelling/protocol";
import { misspellings } from "@/components/newsroom/editor/spelling/spelling-extension";
import styles from "@/components/newsroom/editor/spelling/spelling.module.css";

type Props = { editor: Editor | null; controller: SpellingController; status: SpellingStatus; lang: string };

/** The language's name in the interface's language ("Vietnamese", "tiếng Việt"). */
function languageName(locale: string, lang: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function SpellingNote({ editor, controller, status, lang }: Props) {
  const t = useTranslations("spelling.editor");
  const locale = useLocale();
  const notice = useSyncExternalStore(controller.subscribe, () => controller.notice, () => null);
  const count = useEditorState({ editor, selector: ({ editor: e }) => (e ? (misspellings(e.state).find().length) : 0) }) ?? 0;
  const language = languageName(locale, lang);

  return (
    <div className={styles.note} data-testid="spelling-note" data-status={status}>
      <p>{status === "ready" ? t("ready", { count }) : t(status, { language })}</p>
      {status === "ready" ? <p>{t("howTo")}</p> : null}
      <p role="status" className={notice?.error ? styles.error : undefined}>
        {notice?.text ?? ""}
      </p>
    </div>
  );
}
