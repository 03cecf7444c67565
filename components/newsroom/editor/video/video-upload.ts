// Sending a video or captions file to the media library from the editor
// (app/api/media/video, app/api/media/captions), with the upload's progress:
// a 100 MB video on a newsroom's connection takes minutes. Browser-only.
import type { MediaItem } from "@/lib/media/items";
import { sendUpload } from "@/components/newsroom/upload/send-upload";

/** Files the video input offers (the server still checks the bytes). */
export const VIDEO_ACCEPT = "video/mp4,video/webm,.mp4,.webm,.m4v";
export const CAPTIONS_ACCEPT = "text/vtt,.vtt";

async function send(url: string, form: FormData, failed: (status: number) => string, onProgress?: (fraction: number) => void): Promise<MediaItem> {
  const { status, body } = await sendUpload(url, form, onProgress);
  const result = body as { ok?: boolean; media?: MediaItem; error?: string } | null;
  if (status < 200 || status >= 300 || !result?.ok || !result.media) throw new Error(result?.error ?? failed(status));
  return result.media;
}

/** Uploads a video; resolves to its library item or throws with the server's message (in the writer's language). */
export function uploadVideo(file: File, failed: (status: number) => string, onProgress?: (fraction: number) => void): Promise<MediaItem> {
  const form = new FormData();
  form.append("file", file);
  return send("/api/media/video", form, failed, onProgress);
}

/** Uploads a WebVTT file with its language and label. */
export function uploadCaptions(file: File, language: string, label: string, failed: (status: number) => string): Promise<MediaItem> {
  const form = new FormData();
  form.append("file", file);
  form.append("language", language);
  form.append("label", label);
  return send("/api/media/captions", form, failed);
}

/** A length in seconds as m:ss (or h:mm:ss). */
export function clock(seconds: number | null | undefined): string {
  if (!seconds || !Number.isFinite(seconds)) return "";
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
