// What a media library item can be (Media.kind): an image (stored as
// variants and crop renditions), a video (one MP4 or WebM file, played by
// the browser's own player) or captions (one WebVTT file for a video).
export const MEDIA_KINDS = ["image", "video", "captions"] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export function isMediaKind(value: unknown): value is MediaKind {
  return typeof value === "string" && (MEDIA_KINDS as readonly string[]).includes(value);
}
