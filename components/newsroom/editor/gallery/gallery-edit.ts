// Changing a gallery in the editor: each change is one ProseMirror
// transaction on the document (which is the shared Yjs document when
// co-editing), never state kept in the node view. Images are leaves, so the
// i-th image of a gallery at `pos` sits at pos + 1 + i. Reordering, removing
// and adding replace the gallery's content (the gallery node itself, with
// its node view and focus, stays); a caption or layout edit changes one
// node's attributes.
import type { JSONContent } from "@tiptap/core";
import { Fragment, type Node as PmNode } from "@tiptap/pm/model";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { GALLERY_MAX_IMAGES, type GalleryLayout } from "@/lib/content/galleries";
import type { MediaItem } from "@/lib/media/items";

export type GalleryImageAttrs = {
  src: string;
  mediaId: string | null;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
};

/** A library item as a gallery image: its caption, credit and alt text are the defaults (the caption falls back to the alt text). */
export function galleryImageOf(item: MediaItem): JSONContent {
  const attrs: GalleryImageAttrs = {
    src: item.src,
    mediaId: item.id,
    width: item.width || null,
    height: item.height || null,
    alt: item.alt,
    caption: item.caption || item.alt,
    credit: item.credit,
  };
  return { type: "galleryImage", attrs };
}

/** A new gallery of `items`, in that order. */
export function galleryOf(items: MediaItem[], layout: GalleryLayout = "slideshow"): JSONContent {
  return { type: "gallery", attrs: { layout }, content: items.slice(0, GALLERY_MAX_IMAGES).map(galleryImageOf) };
}

function galleryAt(state: EditorState, pos: number): PmNode | null {
  const node = state.doc.nodeAt(pos);
  return node?.type.name === "gallery" ? node : null;
}

function withImages(state: EditorState, pos: number, change: (images: PmNode[]) => PmNode[]): Transaction | null {
  const gallery = galleryAt(state, pos);
  if (!gallery) return null;
  const images: PmNode[] = [];
  gallery.forEach((child) => images.push(child));
  const next = change(images);
  if (next.length === 0 || next.length > GALLERY_MAX_IMAGES) return null;
  return state.tr.replaceWith(pos + 1, pos + gallery.nodeSize - 1, Fragment.from(next));
}

/** Moves the image at `from` to index `to` (clamped); null when nothing moves. */
export function moveImage(state: EditorState, pos: number, from: number, to: number): Transaction | null {
  return withImages(state, pos, (images) => {
    const target = Math.max(0, Math.min(images.length - 1, to));
    if (target === from || !images[from]) return [];
    const next = [...images];
    const [moved] = next.splice(from, 1);
    next.splice(target, 0, moved);
    return next;
  });
}

/** Removes the image at `index`; null for the last one (a gallery keeps one image at least). */
export function removeImage(state: EditorState, pos: number, index: number): Transaction | null {
  return withImages(state, pos, (images) => images.filter((_, i) => i !== index));
}

/** Adds library items at the end (up to GALLERY_MAX_IMAGES in all). */
export function addImages(state: EditorState, pos: number, items: MediaItem[]): Transaction | null {
  return withImages(state, pos, (images) => {
    const room = GALLERY_MAX_IMAGES - images.length;
    return [...images, ...items.slice(0, room).map((item) => state.schema.nodeFromJSON(galleryImageOf(item)))];
  });
}

/** Changes some attributes (caption, credit, alt) of the image at `index`. */
export function setImageAttrs(state: EditorState, pos: number, index: number, attrs: Partial<GalleryImageAttrs>): Transaction | null {
  const gallery = galleryAt(state, pos);
  const image = gallery && index < gallery.childCount ? gallery.child(index) : null;
  if (!image) return null;
  return state.tr.setNodeMarkup(pos + 1 + index, undefined, { ...image.attrs, ...attrs });
}

/** Sets the gallery's layout. */
export function setLayout(state: EditorState, pos: number, layout: GalleryLayout): Transaction | null {
  const gallery = galleryAt(state, pos);
  if (!gallery || gallery.attrs.layout === layout) return null;
  return state.tr.setNodeMarkup(pos, undefined, { ...gallery.attrs, layout });
}
