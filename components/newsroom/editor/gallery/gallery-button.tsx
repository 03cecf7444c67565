"use client";
// The toolbar's "Gallery" button: opens the gallery picker
// (gallery-picker.tsx) and inserts a slideshow gallery of the chosen images,
// in the order chosen, where a figure would go (figure-insert.ts).
import type { Editor } from "@tiptap/react";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { insertFigure } from "@/components/newsroom/editor/figure-insert";
import { galleryOf } from "@/components/newsroom/editor/gallery/gallery-edit";
import { GalleryPicker } from "@/components/newsroom/editor/gallery/gallery-picker";

export function GalleryButton({ editor }: { editor: Editor }) {
  const t = useTranslations("editor");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        title={t("gallery.buttonTitle")}
        aria-label={t("gallery.buttonTitle")}
        aria-haspopup="dialog"
        disabled={!editor.isEditable}
        onMouseDown={(e) => e.preventDefault()} // keep the selection in the text
        onClick={() => setOpen(true)}
      >
        {t("gallery.button")}
      </button>
      {open ? (
        <GalleryPicker
          confirm={t("gallery.insert")}
          onClose={() => setOpen(false)}
          onDone={(items) => {
            setOpen(false);
            insertFigure(editor, galleryOf(items));
          }}
        />
      ) : null}
    </>
  );
}
