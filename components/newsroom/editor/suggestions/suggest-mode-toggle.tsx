"use client";
// The toolbar's switch between editing (changes are made) and suggesting
// (changes are proposed, see SuggestionMode). Two pressed-state buttons in a
// labelled group; locked to suggesting for someone who may only suggest.
// When a change could not be proposed (an image or a divider), a notice
// says so for a few seconds.
import { useEffect, useState } from "react";
import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { useTranslations } from "use-intl";
import { isSuggesting } from "@/components/newsroom/editor/suggestions/extension";

const NOTICE_MS = 6000;

export function SuggestModeToggle({ editor, locked = false }: { editor: Editor | null; locked?: boolean }) {
  const t = useTranslations("suggestions");
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      suggesting: e ? isSuggesting(e.state) : false,
      refusals: e?.storage.suggestionMode?.refusals ?? 0,
    }),
  });
  const suggesting = state?.suggesting ?? false;
  const refusals = state?.refusals ?? 0;
  // The notice shows while there are refusals not yet timed out.
  const [dismissed, setDismissed] = useState(0);
  useEffect(() => {
    if (refusals <= dismissed) return;
    const timer = window.setTimeout(() => setDismissed(refusals), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [refusals, dismissed]);
  const notice = refusals > dismissed;

  const set = (on: boolean) => editor?.chain().focus().setSuggesting(on).run();
  return (
    <span className="suggest-toggle" role="group" aria-label={t("mode")}>
      <button type="button" aria-pressed={!suggesting} disabled={!editor || locked} onClick={() => set(false)} title={t("editingHint")}>
        {t("editing")}
      </button>
      <button type="button" aria-pressed={suggesting} disabled={!editor} onClick={() => set(true)} title={t("suggestingHint")}>
        {t("suggesting")}
      </button>
      <span className="suggest-notice" role="status">
        {notice ? t("refused") : ""}
      </span>
    </span>
  );
}
