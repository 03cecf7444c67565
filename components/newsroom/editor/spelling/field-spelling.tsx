"use client";
// Spelling for the headline and the lead, which are plain text boxes (no
// underlines can be drawn inside a <textarea>): their misspelt words listed
// under the box as buttons, each opening the same suggestions menu as the
// body's. A suggestion replaces that word in the shared text.
import { useEffect, useState, useSyncExternalStore, type ChangeEvent } from "react";
import { useTranslations } from "use-intl";
import type { SpellingController } from "@/components/newsroom/editor/spelling/controller";
import type { Misspelling } from "@/components/newsroom/editor/spelling/protocol";
import styles from "@/components/newsroom/editor/spelling/spelling.module.css";

const DEBOUNCE_MS = 300;

type Props = {
  controller: SpellingController | undefined;
  /** "title" or "lead": names the list. */
  field: "title" | "lead";
  text: string;
  /** The box (its text now, and the focus back to it). */
  box: () => HTMLTextAreaElement | null;
  /** The shared text's change handler: it reads the box's value and caret. */
  write: (e: ChangeEvent<HTMLTextAreaElement>) => void;
};

/**
 * Puts `fix` in place of `word` in the box, at the occurrence nearest
 * `near` (the text may have changed since it was checked: a co-editor typing),
 * and hands the box to the shared text as if typed.
 */
function replaceInBox(box: HTMLTextAreaElement, write: Props["write"], word: string, near: number, fix: string) {
  const value = box.value;
  let best = -1;
  for (let i = value.indexOf(word); i >= 0; i = value.indexOf(word, i + 1)) if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  if (best < 0) return;
  box.value = value.slice(0, best) + fix + value.slice(best + word.length);
  box.setSelectionRange(best + fix.length, best + fix.length);
  write({ currentTarget: box } as ChangeEvent<HTMLTextAreaElement>);
}

export function FieldSpelling({ controller, field, text, box, write }: Props) {
  const t = useTranslations("spelling.editor");
  const version = useSyncExternalStore(controller?.subscribe ?? noSubscribe, () => controller?.version ?? 0, () => 0);
  const [found, setFound] = useState<{ text: string; errors: Misspelling[] }>({ text: "", errors: [] });

  useEffect(() => {
    const client = controller?.client;
    if (!client || client.status !== "ready") return;
    let live = true;
    const timer = setTimeout(() => {
      void client.check([{ key: 0, text }]).then(([answer]) => live && setFound({ text, errors: answer?.errors ?? [] }));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [controller, text, version]);

  // Only answers for the text as it is now (an older one has stale offsets).
  const errors = controller?.client?.status === "ready" && found.text === text ? found.errors : [];
  if (!controller || !errors.length) return null;

  const open = (e: Misspelling, button: HTMLElement) => {
    const rect = button.getBoundingClientRect();
    controller.openMenu({
      word: e.word,
      left: rect.left,
      top: rect.bottom,
      replace: (fix) => {
        const el = box();
        if (el) replaceInBox(el, write, e.word, e.from, fix);
      },
      restoreFocus: () => box()?.focus(),
    });
  };

  return (
    <p className={styles.fieldWords} data-testid={`spelling-${field}`}>
      <span>{t(field === "title" ? "titleWords" : "leadWords")}</span>
      {errors.map((e) => (
        <button key={`${e.from}:${e.word}`} type="button" className={`${styles.wordButton} spelling-error`} data-spelling={e.word} aria-haspopup="menu" onClick={(ev) => open(e, ev.currentTarget)}>
          {e.word}
        </button>
      ))}
    </p>
  );
}

const noSubscribe = () => () => {};
