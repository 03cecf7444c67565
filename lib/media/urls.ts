// Names and public addresses of stored image variants. No I/O, so any module
// may use it, client components included; the one input from outside is
// MEDIA_PUBLIC_URL (not a secret), read on the server only. Every item has
// WebP at each width; items stored since AVIF was added also have AVIF
// (Media.formats says which, see hasAvif).
import { readMediaPublicUrl } from "@/lib/config/env";

/** The formats a variant can be stored in, each with the type it is served as. */
export const MEDIA_TYPES = { webp: "image/webp", avif: "image/avif" } as const;
export type MediaFormat = keyof typeof MEDIA_TYPES;
export const MEDIA_FORMATS = Object.keys(MEDIA_TYPES) as MediaFormat[];

// Every name a stored file can have, all starting with the item's fileKey:
// - an image variant: <fileKey>-<width>.<webp|avif>;
// - a crop rendition: <fileKey>-<ratio>-<renditionKey>-<width>.<webp|avif|jpg>,
//   ratio one of RENDITION_RATIOS (lib/media/renditions.ts makes them);
// - a video or captions file: <fileKey>.<mp4|webm|vtt>.
const VARIANT_NAME = /^[a-f0-9]{20}-\d{1,5}\.(webp|avif)$/;
const RENDITION_NAME = /^[a-f0-9]{20}-(?:16x9|4x3|1x1|og)-[a-f0-9]{8}-\d{1,5}\.(webp|avif|jpg)$/;
const FILE_NAME = /^[a-f0-9]{20}\.(mp4|webm|vtt)$/;

/** The ratios images are cropped to, as they appear in file names and Media.crops / Media.renditions. */
export const RENDITION_RATIOS = ["16x9", "4x3", "1x1", "og"] as const;
export type RenditionRatio = (typeof RENDITION_RATIOS)[number];

/** Content types of the stored files by extension (also the only extensions there are). */
const FILE_TYPES: Record<string, string> = {
  webp: "image/webp",
  avif: "image/avif",
  jpg: "image/jpeg",
  mp4: "video/mp4",
  webm: "video/webm",
  vtt: "text/vtt; charset=utf-8",
};

export function variantFileName(fileKey: string, width: number, format: MediaFormat = "webp"): string {
  return `${fileKey}-${width}.${format}`;
}

/**
 * True for names this server could have given a stored file: image
 * variants, crop renditions, videos and captions (the stores write and read
 * nothing else).
 */
export function isVariantName(name: string): boolean {
  return VARIANT_NAME.test(name) || RENDITION_NAME.test(name) || FILE_NAME.test(name);
}

/** The Content-Type a stored file is served with, or null for a name that is not one of ours. */
export function variantContentType(name: string): string | null {
  if (!isVariantName(name)) return null;
  return FILE_TYPES[name.slice(name.lastIndexOf(".") + 1)] ?? null;
}

/** The extension a crop rendition is stored as: JPEG for og (social crawlers), WebP for the others. */
export function renditionExtension(ratio: RenditionRatio): "jpg" | "webp" {
  return ratio === "og" ? "jpg" : "webp";
}

/** A crop rendition's file name, <fileKey>-<ratio>-<renditionKey>-<width>.<ext>. */
export function renditionFileName(fileKey: string, ratio: RenditionRatio, renditionKey: string, width: number): string {
  return `${fileKey}-${ratio}-${renditionKey}-${width}.${renditionExtension(ratio)}`;
}

/** A crop rendition's address, like mediaUrl's. */
export function renditionUrl(fileKey: string, ratio: RenditionRatio, renditionKey: string, width: number): string {
  return `${publicBase()}/${renditionFileName(fileKey, ratio, renditionKey, width)}`;
}

/** The address of a video or captions file (<fileKey>.<ext>), like mediaUrl's. */
export function mediaFileUrl(fileKey: string, extension: "mp4" | "webm" | "vtt"): string {
  return `${publicBase()}/${fileKey}.${extension}`;
}

/** The file extension of a video or captions item: .vtt for captions, .webm or .mp4 by the stored type. */
export function mediaFileExtension(kind: string, mimeType: string | undefined): "mp4" | "webm" | "vtt" {
  if (kind === "captions") return "vtt";
  return mimeType === "video/webm" ? "webm" : "mp4";
}

/** The formats a Media.formats value lists, WebP always among them (every item has it). */
export function parseFormats(formats: string | undefined | null): MediaFormat[] {
  const listed = new Set((formats ?? "").split(",").map((f) => f.trim()));
  return MEDIA_FORMATS.filter((f) => f === "webp" || listed.has(f));
}

/**
 * True when the item has AVIF variants. Missing or unknown means no: items
 * stored before AVIF have WebP only, and a page must never point at a file
 * that was never made.
 */
export function hasAvif(formats: string | undefined | null): boolean {
  return parseFormats(formats).includes("avif");
}

// One-entry cache: mediaUrl runs for every image on every page, and the
// variable does not change while the process runs (tests may set it, hence
// keyed by its raw value).
let cachedBase: { raw: string | undefined; base: string } | undefined;

/**
 * Where variants are served from: MEDIA_PUBLIC_URL (a bucket or CDN) when
 * set, else this app's /media route. In the browser process.env does not
 * carry the variable, so client components must take image URLs from the
 * server (MediaItem.src) rather than build them; /media/<file> would still
 * work there, since that route serves from whichever store is configured.
 */
function publicBase(): string {
  const env: Record<string, string | undefined> = typeof process === "undefined" ? {} : process.env;
  const raw = env.MEDIA_PUBLIC_URL;
  if (!cachedBase || cachedBase.raw !== raw) cachedBase = { raw, base: readMediaPublicUrl(env) ?? "/media" };
  return cachedBase.base;
}

/** The variant's address: a path on this site, or absolute when MEDIA_PUBLIC_URL is set. */
export function mediaUrl(fileKey: string, width: number, format: MediaFormat = "webp"): string {
  return `${publicBase()}/${variantFileName(fileKey, width, format)}`;
}

/** The variant's absolute address, for feeds, JSON-LD and social cards. */
export function absoluteMediaUrl(siteUrl: string, fileKey: string, width: number): string {
  const url = mediaUrl(fileKey, width);
  return url.startsWith("/") ? siteUrl + url : url;
}

export function parseVariants(variants: string | number[]): number[] {
  return (typeof variants === "string" ? variants.split(",").map(Number) : [...variants]).sort((a, b) => a - b);
}

/** The widest stored variant, for places that need one URL. */
export function largestVariant(variants: string | number[]): number {
  return Math.max(...parseVariants(variants));
}

/** A srcset over the stored widths in one format (WebP unless said; check hasAvif before asking for AVIF). */
export function srcSet(fileKey: string, variants: string | number[], format: MediaFormat = "webp"): string {
  return parseVariants(variants)
    .map((w) => `${mediaUrl(fileKey, w, format)} ${w}w`)
    .join(", ");
}

export type PictureSources = { src: string; webp: string; avif?: string };

/**
 * What a <picture> of an item offers, in one place for the reader's
 * components, body figures and the lead image's preload: the widest WebP as
 * the fallback address, the WebP srcset, and the AVIF srcset only when the
 * item has AVIF files (Media.formats).
 */
export function pictureSources(media: { fileKey: string; variants: string | number[]; formats?: string | null }): PictureSources {
  return {
    src: mediaUrl(media.fileKey, largestVariant(media.variants)),
    webp: srcSet(media.fileKey, media.variants),
    ...(hasAvif(media.formats) ? { avif: srcSet(media.fileKey, media.variants, "avif") } : {}),
  };
}
