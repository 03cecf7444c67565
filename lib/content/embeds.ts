// Embeds of other sites' posts, videos and maps (YouTube, Facebook, X,
// TikTok, Instagram, Vimeo, Google Maps): the body node, its rules and its
// reader HTML (a click-to-load facade).
// The node keeps only what the server resolved and checked (lib/embeds/):
// the canonical link, never HTML from the provider. The iframe's address is
// derived from that link here, at render time, on the provider's allowlisted
// frame origin, so nothing a writer or a provider sends reaches an iframe.
// The page makes no request to the provider until the reader clicks: the
// thumbnail is the library's copy, and the island (lib/reader/assets/
// embeds.js) builds the iframe on the click.
import { Node } from "@tiptap/core";
import type { JsonNode } from "@/lib/content/json-node";
import type { RenderContext } from "@/lib/content/render-context";
import { BodyError } from "@/lib/content/body-error";
import { escapeHtml } from "@/lib/content/escape-html";
import { BODY_IMAGE_SIZES } from "@/lib/content/picture-html";
import { embedFrameSrc, isEmbedProvider, matchEmbedUrl, providerName, type EmbedProviderId } from "@/lib/embeds/providers";
import { EMBED_LIMITS } from "@/lib/embeds/text";
import { pictureSources } from "@/lib/media/urls";

export const EMBED_STATUSES = ["pending", "resolved", "failed"] as const;
export type EmbedStatus = (typeof EMBED_STATUSES)[number];

export type EmbedAttrs = {
  url: string;
  provider: EmbedProviderId | null;
  status: EmbedStatus;
  title: string;
  author: string;
  thumbnailId: string | null;
  thumbnailSrc: string;
  width: number | null;
  height: number | null;
};

const DEFAULTS: EmbedAttrs = { url: "", provider: null, status: "pending", title: "", author: "", thumbnailId: null, thumbnailSrc: "", width: null, height: null };

// Copy and paste between editors carries the attributes as data-* on the div.
const dataAttr = (name: keyof EmbedAttrs) => ({
  default: DEFAULTS[name],
  parseHTML: (el: HTMLElement) => {
    const raw = el.getAttribute(`data-${name.toLowerCase()}`);
    if (raw === null) return DEFAULTS[name];
    return name === "width" || name === "height" ? Number(raw) || null : raw;
  },
  renderHTML: (attrs: Record<string, unknown>) => (attrs[name] == null || attrs[name] === "" ? {} : { [`data-${name.toLowerCase()}`]: String(attrs[name]) }),
});

export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return Object.fromEntries((Object.keys(DEFAULTS) as (keyof EmbedAttrs)[]).map((name) => [name, dataAttr(name)]));
  },
  parseHTML() {
    return [{ tag: "div[data-type=embed]" }];
  },
  renderHTML({ HTMLAttributes }) {
    const url = String(HTMLAttributes["data-url"] ?? "");
    return ["div", { ...HTMLAttributes, "data-type": "embed" }, ["a", { href: url }, url]];
  },
});

const MEDIA_PATH = /^\/media\/[A-Za-z0-9._-]{1,200}$/;
const MEDIA_ID = /^[A-Za-z0-9_-]{1,64}$/;

function isSize(v: unknown): boolean {
  return v === null || (Number.isInteger(v) && (v as number) > 0 && (v as number) <= EMBED_LIMITS.maxSize);
}

function isHttps(src: string): boolean {
  try {
    return new URL(src).protocol === "https:" && !src.includes("\\");
  } catch {
    return false;
  }
}

/**
 * The rules of an embed's attributes, for those present in `attrs` (the
 * collaboration server checks one at a time): the link is an allowlisted
 * provider's, in canonical https form; the provider one of the list (and the
 * link's, when both are given); texts capped; sizes whole and positive.
 */
export function checkEmbedAttrs(attrs: Record<string, unknown>, path: string): void {
  const has = (key: string) => Object.hasOwn(attrs, key);
  if (has("url")) {
    const url = attrs.url;
    const match = typeof url === "string" ? matchEmbedUrl(url) : null;
    if (!match || match.url !== url) throw new BodyError("An embed's link must be the https link of a supported provider", path);
    if (has("provider") && attrs.provider !== null && attrs.provider !== match.provider) {
      throw new BodyError("An embed's provider must be its link's", path);
    }
  }
  if (has("provider") && attrs.provider !== null && !isEmbedProvider(attrs.provider)) throw new BodyError("Unknown embed provider", path);
  if (has("status") && !(EMBED_STATUSES as readonly unknown[]).includes(attrs.status)) throw new BodyError("Unknown embed status", path);
  for (const [key, max] of [["title", EMBED_LIMITS.titleChars], ["author", EMBED_LIMITS.authorChars]] as const) {
    if (!has(key)) continue;
    const v = attrs[key];
    if (typeof v !== "string" || v.length > max) throw new BodyError(`An embed's ${key} is text of at most ${max} characters`, path);
  }
  if (has("thumbnailId") && attrs.thumbnailId !== null && !(typeof attrs.thumbnailId === "string" && MEDIA_ID.test(attrs.thumbnailId))) {
    throw new BodyError("An embed's thumbnail must be a media library item", path);
  }
  if (has("thumbnailSrc")) {
    const src = attrs.thumbnailSrc;
    if (typeof src !== "string" || (src !== "" && !MEDIA_PATH.test(src) && !isHttps(src))) {
      throw new BodyError("An embed's thumbnail address must be the media library's", path);
    }
  }
  for (const key of ["width", "height"]) {
    if (has(key) && !isSize(attrs[key])) throw new BodyError(`An embed's ${key} must be a positive whole number`, path);
  }
}

const LINK_REL = 'rel="noopener noreferrer nofollow"';
/** Providers whose frames are portrait (phone video, posts) unless the answer said otherwise. */
const TALL: readonly EmbedProviderId[] = ["tiktok", "instagram", "x", "facebook"];

function shape(provider: EmbedProviderId, width: unknown, height: unknown): "wide" | "tall" {
  if (typeof width === "number" && typeof height === "number") return height > width ? "tall" : "wide";
  return TALL.includes(provider) ? "tall" : "wide";
}

/** The library's copy of the thumbnail (the provider's is never linked), lazily loaded. */
function thumbnailHtml(a: Record<string, unknown>, ctx: RenderContext): string {
  const media = typeof a.thumbnailId === "string" ? ctx.media.get(a.thumbnailId) : undefined;
  if (!media) return '<span class="embed-blank" aria-hidden="true"></span>';
  ctx.figures++;
  const sources = pictureSources(media);
  const size = media.width && media.height ? ` width="${Number(media.width)}" height="${Number(media.height)}"` : "";
  const img = `<img src="${escapeHtml(sources.src)}" srcset="${escapeHtml(sources.webp)}" sizes="${BODY_IMAGE_SIZES}" alt=""${size} loading="lazy" decoding="async">`;
  return sources.avif ? `<picture><source type="image/avif" srcset="${escapeHtml(sources.avif)}" sizes="${BODY_IMAGE_SIZES}">${img}</picture>` : img;
}

/**
 * The reader's HTML of an embed: a resolved one is a facade (thumbnail,
 * title, provider, author, a link that works without JavaScript, and a
 * button the island shows and wires); a pending or failed one, or one whose
 * frame address cannot be made, a plain link.
 */
export function renderEmbedHtml(node: JsonNode, ctx: RenderContext): string {
  const a = node.attrs ?? {};
  const url = typeof a.url === "string" ? a.url : "";
  const match = matchEmbedUrl(url);
  if (!match || match.url !== url) return "";
  const provider = match.provider;
  const title = typeof a.title === "string" ? a.title : "";
  const author = typeof a.author === "string" ? a.author : "";
  const link = `<a href="${escapeHtml(url)}" ${LINK_REL}>${escapeHtml(title || url)}</a>`;
  const frame = a.status === "resolved" && a.provider === provider ? embedFrameSrc(provider, url) : null;
  if (!frame) return `<p class="embed-link">${link}</p>`;
  const name = providerName(provider);
  const meta = [name, author].filter(Boolean).map(escapeHtml).join(" · ");
  return (
    `<figure class="embed embed-${shape(provider, a.width, a.height)}" data-island="embeds" data-embed-src="${escapeHtml(frame)}" data-provider="${provider}" data-provider-name="${escapeHtml(name)}" data-embed-title="${escapeHtml(title || name)}">` +
    `<div class="embed-stage">${thumbnailHtml(a, ctx)}<button type="button" class="embed-play" hidden></button></div>` +
    `<figcaption>${link}<span class="embed-meta">${meta}</span></figcaption>` +
    `</figure>`
  );
}

/** An embed's plain text (search, feeds' summaries): its title. */
export function embedText(node: JsonNode): string {
  return String(node.attrs?.title ?? "");
}
