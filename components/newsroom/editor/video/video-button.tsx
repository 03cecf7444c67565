"use client";
// The toolbar's "Video" button and the dialog it opens (video-dialog.tsx).
import type { Editor } from "@tiptap/react";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { VideoDialog } from "@/components/newsroom/editor/video/video-dialog";

export function VideoButton({ editor }: { editor: Editor }) {
  const t = useTranslations("media.video");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        title={t("buttonTitle")}
        aria-label={t("buttonTitle")}
        disabled={!editor.isEditable}
        onMouseDown={(e) => e.preventDefault()} // keep the selection in the text
        onClick={() => setOpen(true)}
      >
        {t("button")}
      </button>
      {open ? <VideoDialog editor={editor} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
