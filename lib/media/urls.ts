// Names and public addresses of stored image variants. No I/O, so any module
// may use it, client components included; the one input from outside is
// MEDIA_PUBLIC_URL (not a secret), read on the server only.
import { readMediaPublicUrl } from "@/lib/config/env";

const VARIANT_NAME = /^[a-f0-9]{20}-\d{1,5}\.webp$/;

export function variantFileName(fileKey: string, width: number): string {
  return `${fileKey}-${width}.webp`;
}

/** True for names this server could have given a stored variant. */
export function isVariantName(name: string): boolean {
  return VARIANT_NAME.test(name);
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
export function mediaUrl(fileKey: string, width: number): string {
  return `${publicBase()}/${variantFileName(fileKey, width)}`;
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

export function srcSet(fileKey: string, variants: string | number[]): string {
  return parseVariants(variants)
    .map((w) => `${mediaUrl(fileKey, w)} ${w}w`)
    .join(", ");
}
