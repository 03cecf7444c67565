// Uploaded videos in the body: the node (a library video, its poster image
// and captions track), its rules and the reader's HTML (the browser's own
// player). The node names library items by id (mediaId, posterId,
// captionsId); `src` and `posterSrc` are only the editor's copy of their
// addresses, for showing the node while writing. The reader's HTML is made
// from the stored items (ctx.media) alone, so a forged address in a node can
// never reach a page, and a node whose ids name the wrong kinds of item is
// refused when the article is saved (lib/media/video-nodes.ts).
// No server imports: the editor loads this module too.
import { Node } from "@tiptap/core";
import { BodyError } from "@/lib/content/body-error";
import { escapeHtml } from "@/lib/content/escape-html";
import type { JsonNode } from "@/lib/content/json-node";
import type { RenderContext } from "@/lib/content/render-context";
import { largestVariant, mediaFileExtension, mediaFileUrl, mediaUrl } from "@/lib/media/urls";

export const VIDEO_LIMITS = { maxTitleChars: 300, maxTextChars: 1000, maxSize: 20000 } as const;

export const Video = Node.create({
  name: "video",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      mediaId: { default: null },
      src: { default: "" },
      posterId: { default: null },
      posterSrc: { default: "" },
      captionsId: { default: null },
      width: { default: null },
      height: { default: null },
      title: { default: "" },
      caption: { default: "" },
      credit: { default: "" },
    };
  },
  parseHTML() {
    return [{ tag: "figure[data-type=video]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["figure", { "data-type": "video" }, ["video", { src: HTMLAttributes.src, controls: "" }]];
  },
});

const ID_ATTRS = ["mediaId", "posterId", "captionsId"] as const;
const TEXT_LIMITS: Record<string, number> = { title: VIDEO_LIMITS.maxTitleChars, caption: VIDEO_LIMITS.maxTextChars, credit: VIDEO_LIMITS.maxTextChars };
// An address the editor shows: this site's /media files, or the media
// bucket's https address (MEDIA_PUBLIC_URL); never javascript:, data: or the like.
const EDITOR_SRC = /^(?:\/media\/[a-f0-9]{20}[A-Za-z0-9._-]*|https:\/\/[^\s"'<>\\]+)$/;

/**
 * The rules of a video's attributes, for those present in `attrs` (the
 * collaboration server checks them one at a time): ids are short text or
 * null, addresses are our media's, sizes are sane whole numbers, texts are
 * text within their limits.
 */
export function checkVideoAttrs(attrs: Record<string, unknown>, path: string): void {
  for (const key of ID_ATTRS) {
    if (!Object.hasOwn(attrs, key)) continue;
    const v = attrs[key];
    if (v !== null && !(typeof v === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(v))) throw new BodyError(`Video ${key} must be a library item's id`, path);
  }
  for (const key of ["src", "posterSrc"]) {
    if (!Object.hasOwn(attrs, key)) continue;
    const v = attrs[key];
    if (typeof v !== "string" || (v !== "" && !EDITOR_SRC.test(v))) throw new BodyError(`Video ${key} must be an address in the media library`, path);
  }
  for (const key of ["width", "height"]) {
    if (!Object.hasOwn(attrs, key)) continue;
    const v = attrs[key];
    if (v !== null && !(Number.isInteger(v) && (v as number) > 0 && (v as number) <= VIDEO_LIMITS.maxSize)) {
      throw new BodyError(`Video ${key} must be a positive whole number`, path);
    }
  }
  for (const [key, max] of Object.entries(TEXT_LIMITS)) {
    if (!Object.hasOwn(attrs, key)) continue;
    const v = attrs[key];
    if (v !== null && typeof v !== "string") throw new BodyError(`Video ${key} must be text`, path);
    if (typeof v === "string" && v.length > max) throw new BodyError(`Video ${key} has at most ${max} characters`, path);
  }
}

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const id = (v: unknown) => (typeof v === "string" && v ? v : null);

/** The video, poster and captions items a node names, each only when it is of the right kind. */
export function videoMedia(node: JsonNode, ctx: Pick<RenderContext, "media">) {
  const of = (key: string, kind: string) => {
    const found = id(node.attrs?.[key]);
    const item = found ? ctx.media.get(found) : undefined;
    return item && (item.kind ?? "image") === kind ? item : undefined;
  };
  return { video: of("mediaId", "video"), poster: of("posterId", "image"), captions: of("captionsId", "captions") };
}

/** The widest variant of a poster, up to 1600 px: the address a player shows before it plays. */
export function posterUrl(poster: { fileKey: string; variants: string | number[] }): string {
  return mediaUrl(poster.fileKey, largestVariant(poster.variants));
}

/**
 * The reader's HTML of a video: the browser's own player, loading nothing
 * until the reader presses play (preload="none"; the poster is the only
 * request), with its captions track and a caption below. Empty when the
 * node names no stored video (saving refuses that, so only an old body can).
 */
export function renderVideoHtml(node: JsonNode, ctx: RenderContext): string {
  const { video, poster, captions } = videoMedia(node, ctx);
  if (!video) return "";
  const ext = mediaFileExtension("video", video.mimeType);
  const title = text(node.attrs?.title);
  const width = Number.isInteger(video.width) && video.width! > 0 ? video.width : null;
  const height = Number.isInteger(video.height) && video.height! > 0 ? video.height : null;
  const attrs = [
    "controls",
    'preload="none"',
    "playsinline",
    poster ? `poster="${escapeHtml(posterUrl(poster))}"` : "",
    width && height ? `width="${width}" height="${height}"` : "",
    title ? `aria-label="${escapeHtml(title)}"` : "",
  ].filter(Boolean);
  if (poster) ctx.figures++;
  const source = `<source src="${escapeHtml(mediaFileUrl(video.fileKey, ext))}" type="video/${ext}">`;
  const language = captions?.language || "";
  const track = captions
    ? `<track kind="captions" src="${escapeHtml(captionsPath(captions.fileKey))}"${language ? ` srclang="${escapeHtml(language)}"` : ""} label="${escapeHtml(captionLabel(captions, language))}" default>`
    : "";
  const caption = text(node.attrs?.caption);
  const credit = text(node.attrs?.credit);
  const figcaption =
    title || caption || credit
      ? `<figcaption>${title ? `<strong class="video-title">${escapeHtml(title)}</strong>` : ""}${title && caption ? " " : ""}${escapeHtml(caption)}${credit ? ` <span class="credit">${escapeHtml(credit)}</span>` : ""}</figcaption>`
      : "";
  // The length rides along for the page's VideoObject (videosInHtml); readers never see it.
  const duration = video.durationSeconds && video.durationSeconds > 0 ? ` data-duration="${Math.round(video.durationSeconds * 1000) / 1000}"` : "";
  return `<figure class="video"${duration}><video ${attrs.join(" ")}>${source}${track}</video>${figcaption}</figure>`;
}

export type VideoInHtml = { title: string; caption: string; src: string; type: string; poster: string | null; durationSeconds: number | null };

const UNESCAPES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const unescape = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPES[e]);
const attr = (html: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(html);
  return m ? unescape(m[1]) : null;
};

/**
 * The videos in a body's stored HTML, as renderVideoHtml wrote them (so the
 * article page can describe them in JSON-LD without reading the body's JSON
 * or the media rows again): title, caption, file, poster and length.
 */
export function videosInHtml(html: string): VideoInHtml[] {
  const out: VideoInHtml[] = [];
  for (const m of html.matchAll(/<figure class="video"([^>]*)>([\s\S]*?)<\/figure>/g)) {
    const [, figureAttrs, inner] = m;
    const videoTag = /<video[^>]*>/.exec(inner)?.[0] ?? "";
    const sourceTag = /<source[^>]*>/.exec(inner)?.[0] ?? "";
    const src = attr(sourceTag, "src");
    if (!src) continue;
    const figcaption = /<figcaption>([\s\S]*?)<\/figcaption>/.exec(inner)?.[1] ?? "";
    const caption = figcaption
      .replace(/<strong class="video-title">[\s\S]*?<\/strong>/, "")
      .replace(/<span class="credit">[\s\S]*?<\/span>/, "")
      .replace(/<[^>]*>/g, "");
    const duration = Number(attr(figureAttrs, "data-duration"));
    out.push({
      title: attr(videoTag, "aria-label") ?? "",
      caption: unescape(caption).trim(),
      src,
      type: attr(sourceTag, "type") ?? "",
      poster: attr(videoTag, "poster"),
      durationSeconds: Number.isFinite(duration) && duration > 0 ? duration : null,
    });
  }
  return out;
}

/** Seconds as an ISO 8601 duration (PT1M5S), as schema.org's VideoObject wants it. */
export function isoDuration(seconds: number): string {
  const whole = Math.max(1, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s || (!h && !m) ? `${s}S` : ""}`;
}

/**
 * Captions always come from this site's own /media route (which serves from
 * whichever store is configured), never from MEDIA_PUBLIC_URL: browsers load
 * a <track> from another origin only with CORS, which a bucket may not send.
 */
function captionsPath(fileKey: string): string {
  return `/media/${fileKey}.vtt`;
}

/** The label the player's captions menu shows: the one given at upload (kept as the item's caption), else the language's own name. */
function captionLabel(captions: { caption?: string }, language: string): string {
  return captions.caption?.trim() || languageName(language) || "Captions";
}

/** A language's own name ("Tiếng Việt", "English"); the code itself when Intl does not know it. */
export function languageName(language: string): string {
  if (!language) return "";
  try {
    const name = new Intl.DisplayNames([language], { type: "language" }).of(language);
    return name ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : language;
  } catch {
    return language;
  }
}

/** A video's plain text: title, caption and credit. */
export function videoText(node: JsonNode): string {
  return [node.attrs?.title, node.attrs?.caption, node.attrs?.credit].filter(Boolean).join(" ");
}
