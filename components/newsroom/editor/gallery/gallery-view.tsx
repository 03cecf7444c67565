"use client";
// How a gallery looks inside the editor: a header (name and count, layout,
// "Add photos", a handle to drag the whole gallery) and the images in
// order as thumbnails with their fields (gallery-thumb.tsx). Every change is
// a transaction (gallery-edit.ts), so co-editors see it at once and undo
// works; the view keeps only passing UI state (the announcement, the picker,
// where a drag would land). Moves are announced in a polite live region and
// the moved image keeps the focus.
import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { GALLERY_LAYOUTS, GALLERY_MAX_IMAGES, type GalleryLayout } from "@/lib/content/galleries";
import { addImages, moveImage, removeImage, setImageAttrs, setLayout, type GalleryImageAttrs } from "@/components/newsroom/editor/gallery/gallery-edit";
import { GalleryPicker } from "@/components/newsroom/editor/gallery/gallery-picker";
import { GalleryThumb } from "@/components/newsroom/editor/gallery/gallery-thumb";
import styles from "@/components/newsroom/editor/gallery/gallery.module.css";

export function GalleryView({ node, getPos, editor, selected }: ReactNodeViewProps) {
  const t = useTranslations("editor");
  const [announcement, setAnnouncement] = useState("");
  const [adding, setAdding] = useState(false);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const focusNext = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const editable = editor.isEditable;
  const images: GalleryImageAttrs[] = [];
  node.forEach((child) => images.push(child.attrs as GalleryImageAttrs));
  const count = images.length;
  const layout = node.attrs.layout as GalleryLayout;

  const run = (change: (state: EditorState, pos: number) => Transaction | null): boolean => {
    const pos = getPos();
    if (typeof pos !== "number" || !editable) return false;
    const tr = change(editor.state, pos);
    if (tr) editor.view.dispatch(tr);
    return tr !== null;
  };

  const move = (from: number, to: number) => {
    if (!run((state, pos) => moveImage(state, pos, from, to))) return;
    focusNext.current = to;
    setAnnouncement(t("gallery.moved", { position: to + 1, count }));
  };

  // After a move the focus follows the image to its new place (once the moved node is here).
  useEffect(() => {
    if (focusNext.current === null) return;
    list.current?.querySelector<HTMLElement>(`[data-gallery-thumb="${focusNext.current}"] [tabindex="0"]`)?.focus();
    focusNext.current = null;
  }, [node]);

  return (
    <NodeViewWrapper as="div" className={`${styles.gallery}${selected ? ` ${styles.selected}` : ""}`} data-gallery-editor="">
      <div className={styles.head}>
        <span className={styles.handle} data-drag-handle="" draggable="true" aria-hidden="true">
          ⠿
        </span>
        <strong className={styles.name}>{t("gallery.name", { count })}</strong>
        <div className={styles.controls} data-gallery-own="">
          <label>
            <span>{t("gallery.layout")}</span>
            <select value={layout} disabled={!editable} onChange={(e) => run((state, pos) => setLayout(state, pos, e.target.value as GalleryLayout))}>
              {GALLERY_LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {t(`gallery.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!editable || count >= GALLERY_MAX_IMAGES} onClick={() => setAdding(true)}>
            {t("gallery.addPhotos")}
          </button>
        </div>
      </div>
      <div data-gallery-own="">
        <ol ref={list} className={styles.list} aria-label={t("gallery.name", { count })}>
          {images.map((attrs, i) => (
            <GalleryThumb
              key={`${i}-${attrs.mediaId ?? attrs.src}`}
              attrs={attrs}
              index={i}
              count={count}
              editable={editable}
              dropping={dropAt === i}
              onMove={(to) => move(i, to)}
              onRemove={() => {
                if (run((state, pos) => removeImage(state, pos, i))) setAnnouncement(t("gallery.removed", { count: count - 1 }));
              }}
              onText={(name, text) => run((state, pos) => setImageAttrs(state, pos, i, { [name]: text }))}
              onDropAt={(from) => {
                setDropAt(null);
                move(from, i);
              }}
              onDragOverAt={(over) => setDropAt(over ? i : (d) => (d === i ? null : d))}
            />
          ))}
        </ol>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        {adding ? (
          <GalleryPicker
            room={GALLERY_MAX_IMAGES - count}
            confirm={t("gallery.add")}
            onClose={() => setAdding(false)}
            onDone={(items) => {
              setAdding(false);
              run((state, pos) => addImages(state, pos, items));
            }}
          />
        ) : null}
      </div>
    </NodeViewWrapper>
  );
}
