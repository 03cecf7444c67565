"use client";
// Ctrl/Cmd+S in the editor: stores the article now (the collaboration
// server's flush, as the workflow buttons do) instead of opening the
// browser's "Save page" dialog, which would save an HTML copy nobody wants.
// A short note beside the status line says it is saving, then saved (the
// status line shows the time), or that it could not be stored and why the
// words are still safe.
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import styles from "@/components/newsroom/editor/writing.module.css";

export type SaveNowState = "idle" | "saving" | "saved" | "failed";

/** How long the note stays after the answer. */
const SAVED_NOTE_MS = 4000;
const FAILED_NOTE_MS = 10_000;

const isSaveKey = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "s";

/** `flush` stores now (null: it could not be). `enabled`: there is something of this person's to store. */
export function useSaveShortcut(flush: () => Promise<number | null>, enabled: boolean): SaveNowState {
  const [state, setState] = useState<SaveNowState>("idle");
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const onKey = (e: KeyboardEvent) => {
      if (!isSaveKey(e)) return;
      // Even read-only, the browser's page-saving dialog is not what was meant.
      e.preventDefault();
      if (!enabled || e.repeat) return;
      const request = ++latest;
      clearTimeout(timer);
      setState("saving");
      void flush().then((version) => {
        if (request !== latest) return; // a newer press answers instead
        setState(version === null ? "failed" : "saved");
        timer = setTimeout(() => setState("idle"), version === null ? FAILED_NOTE_MS : SAVED_NOTE_MS);
      });
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      clearTimeout(timer);
    };
  }, [flush, enabled]);
  return state;
}

/** Always in the page (empty when idle), so screen readers hear its changes. */
export function SaveNowNote({ state }: { state: SaveNowState }) {
  const t = useTranslations("editor.writing");
  const text = state === "saving" ? t("savingNow") : state === "saved" ? t("savedNow") : state === "failed" ? t("saveFailed") : "";
  return (
    <p className={styles.saveNote} role="status" data-testid="save-now" data-state={state}>
      {text}
    </p>
  );
}
