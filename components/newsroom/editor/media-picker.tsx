"use client";
// Choosing an image: search the media library or upload a new file (on a
// phone, also straight from its camera), with the upload's progress. Used
// for figures in the text and for the cover image.
import { useEffect, useState, useTransition, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import { searchMediaAction } from "@/lib/actions/media/search-media";
import { UPLOAD_ACCEPT } from "@/lib/media/formats";
import type { MediaItem } from "@/lib/media/items";
import type { MediaKind } from "@/lib/media/kinds";
import { FormError } from "@/components/newsroom/form-error";
import { sendUpload } from "@/components/newsroom/upload/send-upload";
import { TakePhotoInput } from "@/components/newsroom/upload/take-photo-input";
import { UploadProgress } from "@/components/newsroom/upload/upload-progress";

/**
 * Uploads one file to the media library; resolves to the stored item.
 * `failed` words a refusal without a message of its own (status 0: no
 * answer, the network); `onProgress` hears the share sent, 0 to 1.
 */
export async function uploadImage(file: File, failed: (status: number) => string, onProgress?: (fraction: number) => void): Promise<MediaItem> {
  const form = new FormData();
  form.append("file", file);
  const { status, body } = await sendUpload("/api/media", form, onProgress);
  const result = body as { ok?: boolean; media?: MediaItem; error?: string } | null;
  if (status < 200 || status >= 300 || !result?.ok || !result.media) throw new Error(result?.error ?? failed(status));
  return result.media;
}

/**
 * `kind`: which library items are offered (images unless said; a figure must never get a video).
 * `selected` (galleries): several items are picked, each click toggles one,
 * the chosen ones are marked, and `footer` (the count, "Insert") closes it.
 */
export function MediaPicker({
  onPick,
  onClose,
  kind = "image",
  selected,
  footer,
}: {
  onPick: (item: MediaItem) => void;
  onClose: () => void;
  kind?: MediaKind;
  selected?: ReadonlySet<string>;
  footer?: ReactNode;
}) {
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<MediaItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [uploading, setUploading] = useState(false);
  const [progress, setProgress] = useState(0);
  const t = useTranslations("editor");

  const search = (q: string) =>
    startTransition(async () => {
      const result = await searchMediaAction({ q, page: 1, kind });
      if (result.ok) {
        setItems(result.items);
        setError(null);
      } else setError(result.error);
    });

  // The newest items, once, when the picker opens (`kind` is fixed for a picker's life).
  useEffect(() => {
    search("");
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening, not per render
  }, []);

  async function upload(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setProgress(0);
    setError(null);
    try {
      onPick(await uploadImage(file, (status) => t("media.uploadFailed", { status }), setProgress));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setUploading(false);
    }
  }

  return (
    <div className="picker-backdrop" role="presentation" onClick={onClose}>
      <div className="picker" role="dialog" aria-modal="true" aria-label={t("media.title")} onClick={(e) => e.stopPropagation()}>
        <div className="picker-head">
          <h2>{t("media.title")}</h2>
          <button type="button" onClick={onClose}>
            {t("media.close")}
          </button>
        </div>
        <div className="picker-actions">
          <label className="upload-button">
            {uploading ? t("media.uploading") : t("media.upload")}
            <input type="file" accept={UPLOAD_ACCEPT} disabled={uploading} onChange={(e) => upload(e.target.files?.[0])} />
          </label>
          <TakePhotoInput disabled={uploading} onPhoto={upload} />
          {uploading ? <UploadProgress fraction={progress} /> : null}
          <form
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              search(query);
            }}
          >
            <label>
              {t("media.searchLabel")}
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            </label>
            <button type="submit" disabled={pending}>
              {t("media.search")}
            </button>
          </form>
        </div>
        <FormError>{error}</FormError>
        <ul className="picker-grid">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" onClick={() => onPick(item)} title={item.caption || item.originalName} aria-pressed={selected ? selected.has(item.id) : undefined}>
                {/* eslint-disable-next-line @next/next/no-img-element -- a thumbnail of a variant made at upload */}
                <img src={item.src} alt={item.alt} loading="lazy" />
                <span>{item.caption || item.originalName || t("media.untitledImage")}</span>
              </button>
            </li>
          ))}
        </ul>
        {!pending && items.length === 0 ? <p>{t("media.none")}</p> : null}
        {footer}
      </div>
    </div>
  );
}
