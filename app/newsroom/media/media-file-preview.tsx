"use client";
// What the media library shows for an item that is not an image: a video's
// own player (nothing loads until it is played) with its length, or a
// captions file's language and label with a link to read it.
import { useTranslations } from "use-intl";
import type { MediaItem } from "@/lib/media/items";
import { clock } from "@/components/newsroom/editor/video/video-upload";
import styles from "@/components/newsroom/editor/video/video.module.css";

export function MediaFilePreview({ item }: { item: MediaItem }) {
  const t = useTranslations("media.video");
  if (item.kind === "video") {
    return (
      <div className={styles.libraryPreview} data-testid="library-video">
        <video src={item.src} controls preload="none" playsInline width={item.width || undefined} height={item.height || undefined} aria-label={item.caption || item.originalName} />
        <span>
          {t("kindVideo")} {clock(item.durationSeconds)}
        </span>
      </div>
    );
  }
  return (
    <div className={styles.libraryPreview} data-testid="library-captions">
      <a href={item.src} target="_blank" rel="noopener">
        {t("kindCaptions", { language: item.language || "?" })}
      </a>
    </div>
  );
}
