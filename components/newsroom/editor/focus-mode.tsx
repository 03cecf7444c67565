"use client";
// Writing mode, free of distractions: the newsroom's header, the side column
// (workflow, fields, SEO, translations) and the comments go, and the title,
// lead and body stay, centred (writing.module.css .focus). Toggled by its
// button or Ctrl/Cmd+Shift+F; Escape leaves it. Remembered in this browser
// (localStorage), so a writer who likes it finds it on in every article.
import { useEffect, useSyncExternalStore } from "react";
import { useTranslations } from "use-intl";
import styles from "@/components/newsroom/editor/writing.module.css";

const STORAGE_KEY = "sapo:writing-mode";
/** Tells this tab's subscribers (the storage event reaches only other tabs). */
const CHANGED = "sapo:writing-mode-changed";

function isOn(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "on";
  } catch {
    return false; // storage refused (private mode, policy): the mode is simply off
  }
}

function setOn(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(STORAGE_KEY, "on");
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // not remembered; this page still follows below
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/**
 * Escape meant for something else: a dialog, a menu or list that is open.
 * Not judged by defaultPrevented: ProseMirror prevents the default of every
 * Escape in the body, though it does nothing with it.
 */
function escapeIsTaken(e: KeyboardEvent): boolean {
  const target = e.target instanceof Element ? e.target : null;
  return !!target?.closest('dialog, [role="dialog"], [role="listbox"], [role="menu"]');
}

/** Whether writing mode is on, and the keys that toggle and leave it. */
export function useWritingMode(): [boolean, (on: boolean) => void] {
  // Off on the server and in the first paint; the browser's choice then.
  const on = useSyncExternalStore(subscribe, isOn, () => false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === "f") {
        e.preventDefault();
        setOn(!isOn());
      } else if (e.key === "Escape" && isOn() && !escapeIsTaken(e)) {
        setOn(false);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return [on, setOn];
}

export function WritingModeToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const t = useTranslations("editor.writing");
  return (
    <button type="button" className={`secondary ${styles.focusToggle}`} aria-pressed={on} title={on ? t("focusLeaveTitle") : t("focusEnterTitle")} onClick={() => onChange(!on)}>
      {on ? t("focusLeave") : t("focusEnter")}
    </button>
  );
}

/** The class that turns writing mode on for the editor's root. */
export const writingModeClass = styles.focus;
