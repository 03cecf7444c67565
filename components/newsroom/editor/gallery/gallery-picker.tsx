"use client";
// Choosing several library images for a gallery: the media picker
// (components/newsroom/editor/media-picker.tsx) in its multi-select mode.
// Each click toggles an image (in the order chosen); an upload is chosen as
// soon as it is stored; the footer says how many and confirms. Drawn at the
// end of the page (a portal), not inside the toolbar or the gallery's view
// that open it, so neither their styles nor the editor's events reach it.
import { useState } from "react";
import { createPortal } from "react-dom";
import { useTranslations } from "use-intl";
import { GALLERY_MAX_IMAGES } from "@/lib/content/galleries";
import type { MediaItem } from "@/lib/media/items";
import { MediaPicker } from "@/components/newsroom/editor/media-picker";
import styles from "@/components/newsroom/editor/gallery/gallery.module.css";

export function GalleryPicker({
  room = GALLERY_MAX_IMAGES,
  confirm,
  onDone,
  onClose,
}: {
  /** How many images may still be added. */
  room?: number;
  /** The confirming button's text ("Insert gallery", "Add to gallery"). */
  confirm: string;
  onDone: (items: MediaItem[]) => void;
  onClose: () => void;
}) {
  const t = useTranslations("editor");
  const [chosen, setChosen] = useState<MediaItem[]>([]);
  const full = chosen.length >= room;

  const toggle = (item: MediaItem) =>
    setChosen((list) => {
      if (list.some((c) => c.id === item.id)) return list.filter((c) => c.id !== item.id);
      return list.length >= room ? list : [...list, item];
    });

  return createPortal(
    <MediaPicker
      onPick={toggle}
      onClose={onClose}
      selected={new Set(chosen.map((c) => c.id))}
      footer={
        <div className={styles.pickerFooter}>
          <p aria-live="polite">
            {t("gallery.selected", { count: chosen.length })}
            {full ? ` · ${t("gallery.tooMany", { max: GALLERY_MAX_IMAGES })}` : ""}
          </p>
          <button type="button" className={styles.primary} disabled={chosen.length === 0} onClick={() => onDone(chosen)}>
            {confirm}
          </button>
        </div>
      }
    />,
    document.body,
  );
}
