"use client";
// "62 / 70" under a text field: its length against the newsroom's
// recommended length (lib/settings/writing.ts), marked as a warning past it.
// Linked to the field by aria-describedby, and deliberately not a live
// region: a screen reader hears it on reaching the field, not at every key.
import { useTranslations } from "use-intl";
import styles from "@/components/newsroom/editor/writing.module.css";

export type CounterState = { count: number; limit: number; over: number };

/**
 * Characters as a reader sees them: the text as it is stored (trimmed), in
 * composed form, counted by code point. Input methods on some systems type
 * Vietnamese letters decomposed ("ộ" as o + two marks), which would count 3.
 */
export function countCharacters(text: string): number {
  return Array.from(text.trim().normalize("NFC")).length;
}

export function counterState(text: string, limit: number): CounterState {
  const count = countCharacters(text);
  return { count, limit, over: Math.max(0, count - limit) };
}

export function LengthCounter({ id, text, limit }: { id: string; text: string; limit: number }) {
  const t = useTranslations("editor.writing");
  const state = counterState(text, limit);
  return (
    <span id={id} className={styles.counter} data-over={state.over > 0 ? "" : undefined}>
      {state.over > 0 ? t("counterOver", { ...state }) : t("counter", { ...state })}
    </span>
  );
}
