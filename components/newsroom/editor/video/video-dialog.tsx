"use client";
// Inserting a video: the file (uploaded now or from the library), a poster
// image, optional captions, and the title, caption and credit readers see
// under the player. Inserts one `video` node (lib/content/videos.ts) where
// figures go (figure-insert.ts). Escape or "Cancel" closes without a change.
import { useEffect, useRef, useState } from "react";
import type { Editor } from "@tiptap/react";
import { useTranslations } from "use-intl";
import type { MediaItem } from "@/lib/media/items";
import { insertFigure } from "@/components/newsroom/editor/figure-insert";
import { CaptionsField } from "@/components/newsroom/editor/video/captions-field";
import { PosterField } from "@/components/newsroom/editor/video/poster-field";
import { VideoSource } from "@/components/newsroom/editor/video/video-source";
import { clock } from "@/components/newsroom/editor/video/video-upload";
import styles from "@/components/newsroom/editor/video/video.module.css";

/** The node's attributes for the chosen items (ids are what counts; addresses are the editor's copy). */
export function videoAttrs(video: MediaItem, poster: MediaItem | null, captions: MediaItem | null, texts: { title: string; caption: string; credit: string }) {
  return {
    mediaId: video.id,
    src: video.src,
    posterId: poster?.id ?? null,
    posterSrc: poster?.src ?? "",
    captionsId: captions?.id ?? null,
    width: video.width > 0 ? video.width : null,
    height: video.height > 0 ? video.height : null,
    title: texts.title.trim(),
    caption: texts.caption.trim(),
    credit: texts.credit.trim(),
  };
}

export function VideoDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations("media.video");
  const [video, setVideo] = useState<MediaItem | null>(null);
  const [poster, setPoster] = useState<MediaItem | null>(null);
  const [captions, setCaptions] = useState<MediaItem | null>(null);
  const [texts, setTexts] = useState({ title: "", caption: "", credit: "" });
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>("input, button")?.focus();
  }, []);

  function chooseVideo(item: MediaItem) {
    setVideo(item);
    // The library's caption and credit are the defaults; the writer may change them here.
    setTexts((old) => ({ ...old, caption: old.caption || item.caption, credit: old.credit || item.credit }));
  }

  function insert() {
    if (!video) return;
    insertFigure(editor, { type: "video", attrs: videoAttrs(video, poster, captions, texts) });
    onClose();
  }

  const text = (key: keyof typeof texts) => (
    <label>
      {t(key)}
      <input value={texts[key]} maxLength={key === "title" ? 300 : 1000} onChange={(e) => setTexts({ ...texts, [key]: e.target.value })} />
    </label>
  );

  return (
    <div className="picker-backdrop" role="presentation" onClick={onClose}>
      <div
        ref={dialog}
        className={`picker ${styles.dialog}`}
        role="dialog"
        aria-modal="true"
        aria-label={t("dialogTitle")}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="picker-head">
          <h2>{t("dialogTitle")}</h2>
          <button type="button" onClick={onClose}>
            {t("close")}
          </button>
        </div>
        {video ? (
          <div className={styles.step}>
            <p data-testid="video-chosen">
              {t("chosen", { name: video.caption || video.originalName })} {clock(video.durationSeconds)}
            </p>
            <button type="button" onClick={() => setVideo(null)}>
              {t("otherVideo")}
            </button>
          </div>
        ) : (
          <VideoSource onVideo={chooseVideo} />
        )}
        <PosterField poster={poster ? { src: poster.src, alt: poster.alt } : null} onPoster={setPoster} />
        <CaptionsField captions={captions} onCaptions={setCaptions} />
        <div className={styles.fields}>
          {text("title")}
          {text("caption")}
          {text("credit")}
        </div>
        <div className={styles.row}>
          <button type="button" className="primary" disabled={!video} onClick={insert}>
            {t("insert")}
          </button>
          <button type="button" onClick={onClose}>
            {t("cancel")}
          </button>
        </div>
      </div>
    </div>
  );
}
