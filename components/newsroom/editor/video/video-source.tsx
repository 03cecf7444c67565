"use client";
// The dialog's first step: a video, uploaded now (with its progress) or
// chosen from the library's videos (newest first, searchable by name,
// caption or credit).
import { useEffect, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { searchMediaAction } from "@/lib/actions/media/search-media";
import type { MediaItem } from "@/lib/media/items";
import { FormError } from "@/components/newsroom/form-error";
import { UploadProgress } from "@/components/newsroom/upload/upload-progress";
import { clock, uploadVideo, VIDEO_ACCEPT } from "@/components/newsroom/editor/video/video-upload";
import styles from "@/components/newsroom/editor/video/video.module.css";

export function VideoSource({ onVideo }: { onVideo: (item: MediaItem) => void }) {
  const t = useTranslations("media.video");
  const [videos, setVideos] = useState<MediaItem[]>([]);
  const [query, setQuery] = useState("");
  const [pending, startTransition] = useTransition();
  const [uploading, setUploading] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const search = (q: string) =>
    startTransition(async () => {
      const result = await searchMediaAction({ q, page: 1, kind: "video" });
      if (result.ok) setVideos(result.items);
      else setError(result.error);
    });
  useEffect(() => {
    search("");
  }, []);

  async function upload(file: File | undefined) {
    if (!file) return;
    setUploading(file.name);
    setProgress(0);
    setError(null);
    try {
      onVideo(await uploadVideo(file, (status) => t("uploadFailed", { status }), setProgress));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setUploading(null);
    }
  }

  return (
    <div className={styles.step}>
      <label className="upload-button">
        {uploading ? t("uploading", { name: uploading }) : t("uploadVideo")}
        <input type="file" accept={VIDEO_ACCEPT} aria-label={t("videoFile")} disabled={uploading !== null} onChange={(e) => upload(e.target.files?.[0])} />
      </label>
      {uploading ? <UploadProgress fraction={progress} /> : null}
      <FormError>{error}</FormError>
      <form
        role="search"
        className={styles.search}
        onSubmit={(e) => {
          e.preventDefault();
          search(query);
        }}
      >
        <label>
          {t("fromLibrary")}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button type="submit" disabled={pending}>
          {t("search")}
        </button>
      </form>
      <ul className={styles.videoList}>
        {videos.map((v) => (
          <li key={v.id}>
            <button type="button" onClick={() => onVideo(v)}>
              <span className={styles.videoName}>{v.caption || v.originalName}</span>
              <span className={styles.videoMeta}>{[clock(v.durationSeconds), v.width ? `${v.width}×${v.height}` : ""].filter(Boolean).join(" · ")}</span>
            </button>
          </li>
        ))}
      </ul>
      {!pending && videos.length === 0 ? <p>{t("noVideos")}</p> : null}
    </div>
  );
}
