"use client";
// One image of a gallery in the editor: its thumbnail (focusable, moved with
// Alt+Left/Right or dragged), "Move earlier/later" and "Remove" buttons, and
// its caption, credit and alt text as fields.
import { useId, type DragEvent, type KeyboardEvent } from "react";
import { useTranslations } from "use-intl";
import type { GalleryImageAttrs } from "@/components/newsroom/editor/gallery/gallery-edit";
import styles from "@/components/newsroom/editor/gallery/gallery.module.css";

/** The drag data's type: a gallery image's index, only ever dropped inside its own gallery. */
export const DRAG_TYPE = "application/x-sapo-gallery-image";

type TextAttr = "caption" | "credit" | "alt";

/** Line breaks (pasted ones too) become spaces: captions are one paragraph. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ");

export function GalleryThumb({
  attrs,
  index,
  count,
  editable,
  dropping,
  onMove,
  onRemove,
  onText,
  onDropAt,
  onDragOverAt,
}: {
  attrs: GalleryImageAttrs;
  index: number;
  count: number;
  editable: boolean;
  /** Whether a dragged image would land here. */
  dropping: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
  onText: (name: TextAttr, text: string) => void;
  onDropAt: (from: number) => void;
  onDragOverAt: (over: boolean) => void;
}) {
  const t = useTranslations("editor");
  const id = useId();
  const position = t("gallery.photo", { position: index + 1, count });

  const keys = (e: KeyboardEvent<HTMLElement>) => {
    if (!editable || !e.altKey || e.target !== e.currentTarget) return;
    const to = { ArrowLeft: index - 1, ArrowUp: index - 1, ArrowRight: index + 1, ArrowDown: index + 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    if (to >= 0 && to < count) onMove(to);
  };
  const drop = (e: DragEvent) => {
    const from = Number(e.dataTransfer.getData(DRAG_TYPE));
    onDragOverAt(false);
    if (!e.dataTransfer.types.includes(DRAG_TYPE) || !Number.isInteger(from)) return;
    e.preventDefault();
    onDropAt(from);
  };
  const field = (name: TextAttr, label: string) => (
    <label className={styles.field}>
      <span>{label}</span>
      <input type="text" value={attrs[name]} disabled={!editable} onChange={(e) => onText(name, oneLine(e.target.value))} />
    </label>
  );

  return (
    <li
      className={`${styles.item}${dropping ? ` ${styles.dropping}` : ""}`}
      data-gallery-thumb={index}
      onDragOver={(e) => {
        if (!editable || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "move";
        onDragOverAt(true);
      }}
      onDragLeave={() => onDragOverAt(false)}
      onDrop={drop}
    >
      <div
        className={styles.thumb}
        tabIndex={0}
        role="group"
        aria-label={`${position}: ${attrs.alt || attrs.caption}`}
        aria-describedby={`${id}-hint`}
        draggable={editable}
        onDragStart={(e) => {
          e.dataTransfer.setData(DRAG_TYPE, String(index));
          e.dataTransfer.effectAllowed = "move";
        }}
        onKeyDown={keys}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- a variant made at upload, inside the editor */}
        <img src={attrs.src} alt="" width={attrs.width ?? undefined} height={attrs.height ?? undefined} draggable={false} />
        <span className={styles.number} aria-hidden="true">
          {index + 1}
        </span>
        <span id={`${id}-hint`} hidden>
          {t("gallery.reorderHint")}
        </span>
      </div>
      <div className={styles.actions}>
        <button type="button" disabled={!editable || index === 0} onClick={() => onMove(index - 1)} aria-label={`${t("gallery.moveEarlier")} (${position})`} title={t("gallery.moveEarlier")}>
          ←
        </button>
        <button type="button" disabled={!editable || index === count - 1} onClick={() => onMove(index + 1)} aria-label={`${t("gallery.moveLater")} (${position})`} title={t("gallery.moveLater")}>
          →
        </button>
        <button type="button" disabled={!editable || count === 1} onClick={onRemove} aria-label={`${t("gallery.remove")} (${position})`} title={count === 1 ? t("gallery.lastPhoto") : t("gallery.remove")}>
          ✕
        </button>
      </div>
      {field("caption", t("figure.caption"))}
      {field("credit", t("figure.credit"))}
      {field("alt", t("figure.alt"))}
    </li>
  );
}
