// Accepting captions for a video: a WebVTT file (the only captions format
// browsers' <track> reads), in UTF-8, at most MAX_CAPTIONS_BYTES, with the
// language its text is in (BCP 47: "vi", "en", "vi-VN") and a label readers
// see in the player's captions menu (kept in the row's caption column;
// defaults to the language's own name). Stored as <fileKey>.vtt, Media kind
// "captions". The check is light but real: the "WEBVTT" signature, valid
// UTF-8, no NUL, and at least one cue with well-formed times. Cue text is
// never turned into HTML here or anywhere: browsers show it as text (with
// WebVTT's few styling tags), and it is served as text/vtt with nosniff.
// Free of `server-only` so tests can use it.
import { languageName } from "@/lib/content/videos";
import type { Db } from "@/lib/db/client";
import type { MediaItem } from "@/lib/media/items";
import { storeMediaFile, VideoUploadError, type MediaFileOptions } from "@/lib/media/video";

/** Captions are text: an hour of dense subtitles is some 100 KB. */
export const MAX_CAPTIONS_BYTES = 1024 * 1024;
export const MAX_LABEL_LENGTH = 100;

// hh:mm:ss.ttt or mm:ss.ttt, "-->", the same, then optional cue settings.
const TIME = String.raw`(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}`;
const TIMING = new RegExp(String.raw`^${TIME}[ \t]+-->[ \t]+${TIME}(?:[ \t].*)?$`);

/** True for a language tag the captions may carry: a BCP 47 tag Intl accepts, short. */
export function isCaptionsLanguage(value: string): boolean {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** The captions' text, checked: throws VideoUploadError naming the problem. */
export function checkCaptions(bytes: Buffer): string {
  if (bytes.length > MAX_CAPTIONS_BYTES) throw new VideoUploadError("media.video.errors.captionsTooLarge", { size: MAX_CAPTIONS_BYTES / 1024 });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new VideoUploadError("media.video.errors.captionsEncoding");
  }
  if (!/^WEBVTT(?:[ \t\r\n]|$)/.test(text)) throw new VideoUploadError("media.video.errors.notCaptions");
  if (text.includes("\u0000")) throw new VideoUploadError("media.video.errors.captionsEncoding");
  const lines = text.split(/\r\n|\r|\n/);
  const timings = lines.filter((line) => line.includes("-->"));
  if (timings.length === 0 || timings.some((line) => !TIMING.test(line.trim()))) {
    throw new VideoUploadError("media.video.errors.captionsCues");
  }
  return text;
}

/** Checks and stores a captions file with its language and label. */
export async function acceptCaptions(
  db: Db,
  file: { bytes: Buffer; name: string },
  options: Omit<MediaFileOptions, "caption" | "credit"> & { language: string; label?: string },
): Promise<MediaItem> {
  const language = options.language.trim();
  if (!isCaptionsLanguage(language)) throw new VideoUploadError("media.video.errors.captionsLanguage");
  const label = (options.label ?? "").trim();
  if (Array.from(label).length > MAX_LABEL_LENGTH) throw new VideoUploadError("media.video.errors.captionsLabel", { max: MAX_LABEL_LENGTH });
  const text = checkCaptions(file.bytes);
  return storeMediaFile(
    db,
    // Stored as decoded and re-encoded, so the file served is exactly the text checked (no byte-order mark).
    { bytes: Buffer.from(text, "utf8"), name: file.name },
    {
      kind: "captions",
      extension: "vtt",
      mimeType: "text/vtt",
      width: 0,
      height: 0,
      durationSeconds: null,
      language: Intl.getCanonicalLocales(language)[0],
      caption: label || languageName(language),
      credit: "",
      uploadedById: options.uploadedById,
      store: options.store,
    },
  );
}

