"use client";
// The poster of a video: an image from the library (or uploaded through the
// same picker as figures), shown until the reader presses play.
import { useState } from "react";
import { useTranslations } from "use-intl";
import type { MediaItem } from "@/lib/media/items";
import { MediaPicker } from "@/components/newsroom/editor/media-picker";
import styles from "@/components/newsroom/editor/video/video.module.css";

type Poster = { src: string; alt: string } | null;

export function PosterField({ poster, onPoster, disabled = false }: { poster: Poster; onPoster: (item: MediaItem | null) => void; disabled?: boolean }) {
  const t = useTranslations("media.video");
  const [picking, setPicking] = useState(false);
  return (
    <fieldset className={styles.step}>
      <legend>{t("poster")}</legend>
      {poster ? (
        // eslint-disable-next-line @next/next/no-img-element -- a variant of a library image
        <img className={styles.poster} src={poster.src} alt={poster.alt} data-testid="video-poster" />
      ) : (
        <p className="hint">{t("noPoster")}</p>
      )}
      <div className={styles.row}>
        <button type="button" disabled={disabled} onClick={() => setPicking(true)}>
          {poster ? t("changePoster") : t("choosePoster")}
        </button>
        {poster ? (
          <button type="button" disabled={disabled} onClick={() => onPoster(null)}>
            {t("removePoster")}
          </button>
        ) : null}
      </div>
      {picking ? (
        <MediaPicker
          kind="image"
          onClose={() => setPicking(false)}
          onPick={(item) => {
            setPicking(false);
            onPoster(item);
          }}
        />
      ) : null}
    </fieldset>
  );
}
