"use client";
// The offer to put every tone mark where the newsroom puts it (the
// toneMarkStyle setting): "3 words are written “hòa”-style; the newsroom
// writes “hoà”" with one button that converts the body, headline, lead and
// SEO texts (tone-convert.ts), then says how many words changed. Nothing
// when the newsroom has no house style. The count follows typing, the
// others' too, a moment after it stops (it reads the whole article).
import type { Editor } from "@tiptap/core";
import { useContext, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import type * as Y from "yjs";
import type { ToneMarkStyle } from "@/lib/settings/writing";
import type { ToneStyle } from "@/lib/vietnamese/tone-style";
import { FIELDS_MAP } from "@/lib/collab/layout";
import { SharedDocumentContext } from "@/components/newsroom/editor/collab/use-shared-document";
import { convertArticleTone, countToConvert } from "@/components/newsroom/editor/copy-desk/tone-convert";

/** The example word of each style (a word, the same in every language). */
const EXAMPLE: Record<ToneStyle, string> = { firstVowel: "hòa", mainVowel: "hoà" };
const OTHER: Record<ToneStyle, ToneStyle> = { firstVowel: "mainVowel", mainVowel: "firstVowel" };

const RECOUNT_MS = 300;

/** How many words are written the other way, kept current; null before the first count. */
function useToneCount(editor: Editor | null, doc: Y.Doc | null, style: ToneStyle | null): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (!style) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => setCount(countToConvert(editor, doc, style)), delay);
    };
    const onChange = () => recount(RECOUNT_MS);
    recount(0);
    editor?.on("update", onChange);
    const fields = doc?.getMap<unknown>(FIELDS_MAP);
    fields?.observeDeep(onChange);
    return () => {
      clearTimeout(timer);
      editor?.off("update", onChange);
      fields?.unobserveDeep(onChange);
    };
  }, [editor, doc, style]);
  return count;
}

type Props = { editor: Editor | null; toneMarkStyle: ToneMarkStyle };

export function ToneStyleOffer({ editor, toneMarkStyle }: Props) {
  const t = useTranslations("copyDesk.tone");
  const shared = useContext(SharedDocumentContext);
  const doc = shared?.doc ?? null;
  const style = toneMarkStyle === "none" ? null : toneMarkStyle;
  const count = useToneCount(editor, doc, style);
  const [done, setDone] = useState<number | null>(null);
  const said = useRef<HTMLParagraphElement | null>(null);
  const headingId = useId();
  if (!style) return null;

  const own = EXAMPLE[style];
  // From the shared document, which re-renders this as access changes.
  const editable = shared ? shared.loaded && !shared.readOnly : !!editor;
  const convert = () => {
    if (!editable) return;
    const changed = convertArticleTone(editor, doc, style);
    setDone(changed);
    // The button may go (nothing left to convert): the result keeps the focus.
    said.current?.focus();
  };

  return (
    <section aria-labelledby={headingId} data-testid="tone-style-offer">
      <h3 id={headingId}>{t("heading")}</h3>
      {count ? (
        <>
          <p>{t("offer", { count, other: EXAMPLE[OTHER[style]], own })}</p>
          <button type="button" onClick={convert} disabled={!editable}>
            {t("convert", { own })}
          </button>
        </>
      ) : count === 0 && done === null ? (
        <p>{t("consistent", { own })}</p>
      ) : null}
      <p role="status" tabIndex={-1} ref={said}>
        {done !== null ? t("done", { count: done, own }) : null}
      </p>
    </section>
  );
}
