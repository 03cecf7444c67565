// Photo galleries: the body nodes (a gallery of ordered library images, each
// with its own caption and credit), their rules and the reader's HTML.
// Two layouts:
// - "slideshow": a plain list of figures that the gallery island
//   (lib/reader/assets/gallery.js) turns into a one-at-a-time carousel;
//   without JavaScript, readers get the list;
// - "story" (the photo story, "phóng sự ảnh"): large pictures one after
//   another, each with its caption; no script at all.
// A gallery image keeps the same rules as a body figure
// (lib/content/figure-rules.ts) and is rendered by the same picture code
// (lib/content/picture-html.ts).
import { Node } from "@tiptap/core";
import { BodyError } from "@/lib/content/body-error";
import { checkFigure } from "@/lib/content/figure-rules";
import { pictureAttributes, pictureDom } from "@/lib/content/figure-node";
import type { JsonNode } from "@/lib/content/json-node";
import { figcaptionHtml, figureHtml, pictureHtml } from "@/lib/content/picture-html";
import type { RenderContext } from "@/lib/content/render-context";

export const GALLERY_LAYOUTS = ["slideshow", "story"] as const;
export type GalleryLayout = (typeof GALLERY_LAYOUTS)[number];

/** A gallery holds 1 to this many images (a photo story of a day is rarely longer; a page of 60 is already heavy). */
export const GALLERY_MAX_IMAGES = 60;

// A stand-in source for checking one attribute at a time: the picture rules
// need a source, and the attribute being checked may be another one.
const CHECKED_SRC = "/media/placeholder";

export const GalleryImage = Node.create({
  name: "galleryImage",
  atom: true,
  // Read back from the HTML it writes (lib/content/figure-node.ts), alone or with its gallery.
  addAttributes() {
    return pictureAttributes({ fromElement: false });
  },
  parseHTML() {
    return [{ tag: "figure[data-type=gallery-image]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return pictureDom("gallery-image", HTMLAttributes);
  },
});

export const Gallery = Node.create({
  name: "gallery",
  group: "block",
  content: "galleryImage+",
  // Edited as a whole through its own view (reorder, captions), never by
  // putting the caret inside.
  atom: true,
  draggable: true,
  // Gallery images inserted while suggesting carry the suggestion marks
  // (SUGGESTION_MARKS of lib/content/extensions.ts, which imports this file).
  marks: "insertion deletion modification",
  addAttributes() {
    return {
      layout: {
        default: "slideshow",
        parseHTML: (el) => {
          const layout = el.getAttribute("data-layout");
          return (GALLERY_LAYOUTS as readonly string[]).includes(layout ?? "") ? layout : "slideshow";
        },
      },
    };
  },
  parseHTML() {
    return [{ tag: "div[data-type=gallery]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", { "data-type": "gallery", "data-layout": HTMLAttributes.layout }, 0];
  },
});

/**
 * The rules of a gallery's or gallery image's attributes, for those present
 * in `attrs` (the collaboration server checks one at a time): a known
 * layout; an image's attributes as a figure's (a library or https source, a
 * sane size, text for alt, caption, credit and library id).
 */
export function checkGalleryAttrs(type: string, attrs: Record<string, unknown>, path: string): void {
  if (type === "gallery" && Object.hasOwn(attrs, "layout")) {
    if (!(GALLERY_LAYOUTS as readonly unknown[]).includes(attrs.layout)) {
      throw new BodyError(`A gallery's layout is ${GALLERY_LAYOUTS.join(" or ")}`, path);
    }
  }
  if (type === "galleryImage") checkFigure(Object.hasOwn(attrs, "src") ? attrs : { ...attrs, src: CHECKED_SRC }, path);
}

/**
 * A whole gallery's rules beyond its attributes (validateBody calls it once
 * the gallery's children are checked): images only, 1 to GALLERY_MAX_IMAGES
 * of them, each with a source (an image without one would take the empty
 * default).
 */
export function checkGallerySize(gallery: JsonNode, path: string): void {
  const images = gallery.content ?? [];
  if (images.length === 0) throw new BodyError("A gallery needs at least one image", path);
  if (images.length > GALLERY_MAX_IMAGES) throw new BodyError(`A gallery has at most ${GALLERY_MAX_IMAGES} images`, path);
  images.forEach((image, i) => {
    if (image.type !== "galleryImage") throw new BodyError("A gallery holds only images", `${path}.content[${i}]`);
    checkFigure(image.attrs ?? {}, `${path}.content[${i}]`);
  });
}

const imagesOf = (node: JsonNode) => (node.content ?? []).filter((image) => image.type === "galleryImage");

/**
 * The reader's HTML of a gallery (validated, so only images inside).
 * Slideshow: a <figure data-island="gallery"> around an <ol> of figures; the
 * island adds the buttons, counter and live region (so a page without
 * JavaScript has no dead buttons) with texts in the site's language that the
 * reader page supplies (the body is rendered at save time, in no interface
 * language). Story: the figures one after another in a plain wrapper.
 */
export function renderGalleryHtml(node: JsonNode, ctx: RenderContext): string {
  const images = imagesOf(node);
  if (!images.length) return "";
  if (node.attrs?.layout === "story") {
    return `<div class="photo-story">${images.map((image) => figureHtml(image.attrs ?? {}, ctx)).join("")}</div>`;
  }
  const slides = images.map((image) => {
    const a = image.attrs ?? {};
    return `<li><figure>${pictureHtml(a, ctx)}${figcaptionHtml(String(a.caption ?? ""), String(a.credit ?? ""))}</figure></li>`;
  });
  return (
    `<figure class="gallery" data-island="gallery" data-layout="slideshow">` +
    `<ol class="gallery-slides">${slides.join("")}</ol></figure>`
  );
}

/** A gallery's plain text: its captions and credits. */
export function galleryText(node: JsonNode): string[] {
  return imagesOf(node).map((image) => [image.attrs?.caption, image.attrs?.credit].filter(Boolean).join(" "));
}

/** The gallery images of a body, in order (for JSON-LD, feeds and the content API). */
export function galleryImages(doc: JsonNode): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === "galleryImage") out.push(node.attrs ?? {});
    else for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return out;
}

/** A gallery image as stored body HTML shows it (for JSON-LD and feeds, which have the HTML, not the JSON). */
export type GalleryImageInHtml = { src: string; alt: string; caption: string; credit: string; width: number | null; height: number | null };

const UNESCAPES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const unescapeHtml = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPES[e]);
const attrOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The gallery images in stored body HTML (renderGalleryHtml wrote it, so its
 * shape is known: a slideshow ends with </ol></figure>, a photo story is a
 * <div class="photo-story"> of figures, and no text can imitate a tag since
 * every < in text is escaped), in order, with values unescaped.
 */
export function galleryImagesInHtml(html: string): GalleryImageInHtml[] {
  const galleries = html.matchAll(/<figure class="gallery"[^>]*><ol class="gallery-slides">([\s\S]*?)<\/ol><\/figure>|<div class="photo-story">([\s\S]*?)<\/div>/g);
  const out: GalleryImageInHtml[] = [];
  for (const gallery of galleries) {
    for (const figure of (gallery[1] ?? gallery[2]).matchAll(/<figure>([\s\S]*?)<\/figure>/g)) {
      const img = /<img\b[^>]*>/.exec(figure[1])?.[0];
      const src = img && attrOf(img, "src");
      if (!img || !src) continue;
      const caption = /<figcaption>([\s\S]*?)<\/figcaption>/.exec(figure[1])?.[1] ?? "";
      const credit = /<span class="credit">([\s\S]*?)<\/span>/.exec(caption)?.[1] ?? "";
      const size = (name: string) => (attrOf(img, name) ? Number(attrOf(img, name)) : null);
      out.push({
        src: unescapeHtml(src),
        alt: unescapeHtml(attrOf(img, "alt") ?? ""),
        caption: unescapeHtml(caption.replace(/\s*<span class="credit">[\s\S]*<\/span>$/, "")),
        credit: unescapeHtml(credit),
        width: size("width"),
        height: size("height"),
      });
    }
  }
  return out;
}
