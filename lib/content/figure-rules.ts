// The rules a picture in a body keeps, wherever it sits: a figure of its own
// (lib/content/body.ts) or an image of a gallery (lib/content/galleries.ts).
// In a module of their own, importing nothing from the body's schema, so the
// gallery nodes (which the schema, lib/content/extensions.ts, is made of) can
// check their images exactly as figures are checked without an import cycle.
import { BodyError } from "@/lib/content/body-error";

/** URL schemes a link may use. */
export const LINK_SCHEMES = ["http", "https", "mailto"] as const;

const LOCAL_MEDIA = /^\/media\/[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** True for http(s) and mailto links; rejects javascript:, data:, relative and obfuscated schemes. */
export function isAllowedLink(href: string): boolean {
  if (href !== href.trim() || /[\u0000-\u001f\u007f\s]/.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const scheme = url.protocol.slice(0, -1);
  return (LINK_SCHEMES as readonly string[]).includes(scheme) && href.toLowerCase().startsWith(scheme + ":");
}

/** Images come from our own media store, or from an https address. */
export function isAllowedImageSrc(src: string): boolean {
  if (LOCAL_MEDIA.test(src)) return true;
  return isAllowedLink(src) && src.toLowerCase().startsWith("https:");
}

/** A picture's attributes: a safe source, a sane size, text for its words and library id. */
export function checkFigure(attrs: Record<string, unknown>, path: string) {
  if (typeof attrs.src !== "string" || !isAllowedImageSrc(attrs.src)) {
    throw new BodyError(`Image source must be from the media library or https (got "${String(attrs.src)}")`, path);
  }
  for (const key of ["width", "height"]) {
    const v = attrs[key];
    if (v != null && !(Number.isInteger(v) && (v as number) > 0 && (v as number) <= 20000)) {
      throw new BodyError(`Image ${key} must be a positive whole number`, path);
    }
  }
  for (const key of ["alt", "caption", "credit", "mediaId"]) {
    if (attrs[key] != null && typeof attrs[key] !== "string") throw new BodyError(`Image ${key} must be text`, path);
  }
}
