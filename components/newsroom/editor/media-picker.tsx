"use client";
// Choosing an image: search the media library or upload a new file. Used for
// figures in the text and for the cover image.
import { useEffect, useState, useTransition } from "react";
import { searchMediaAction } from "@/lib/actions/media/search-media";
import { UPLOAD_ACCEPT } from "@/lib/media/formats";
import type { MediaItem } from "@/lib/media/upload";

/** Uploads one file to the media library; resolves to the stored item. */
export async function uploadImage(file: File): Promise<MediaItem> {
  const form = new FormData();
  form.append("file", file);
  const response = await fetch("/api/media", { method: "POST", body: form });
  const result = (await response.json().catch(() => null)) as { ok: boolean; media?: MediaItem; error?: string } | null;
  if (!response.ok || !result?.ok || !result.media) throw new Error(result?.error ?? `Upload failed (${response.status})`);
  return result.media;
}

export function MediaPicker({ onPick, onClose }: { onPick: (item: MediaItem) => void; onClose: () => void }) {
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<MediaItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [uploading, setUploading] = useState(false);

  const search = (q: string) =>
    startTransition(async () => {
      const result = await searchMediaAction({ q, page: 1 });
      if (result.ok) {
        setItems(result.items);
        setError(null);
      } else setError(result.error);
    });

  useEffect(() => {
    search("");
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- load the newest items once

  async function upload(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setError(null);
    try {
      onPick(await uploadImage(file));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setUploading(false);
    }
  }

  return (
    <div className="picker-backdrop" role="presentation" onClick={onClose}>
      <div className="picker" role="dialog" aria-modal="true" aria-label="Choose an image" onClick={(e) => e.stopPropagation()}>
        <div className="picker-head">
          <h2>Choose an image</h2>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
        <div className="picker-actions">
          <label className="upload-button">
            {uploading ? "Uploading…" : "Upload a new image"}
            <input type="file" accept={UPLOAD_ACCEPT} disabled={uploading} onChange={(e) => upload(e.target.files?.[0])} />
          </label>
          <form
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              search(query);
            }}
          >
            <label>
              Search the library
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            </label>
            <button type="submit" disabled={pending}>
              Search
            </button>
          </form>
        </div>
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        <ul className="picker-grid">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" onClick={() => onPick(item)} title={item.caption || item.originalName}>
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={item.src} alt={item.alt} loading="lazy" />
                <span>{item.caption || item.originalName || "Untitled image"}</span>
              </button>
            </li>
          ))}
        </ul>
        {!pending && items.length === 0 ? <p>No images found.</p> : null}
      </div>
    </div>
  );
}
