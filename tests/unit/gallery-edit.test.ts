// The editor's gallery changes (components/newsroom/editor/gallery/gallery-edit.ts)
// as ProseMirror transactions on the body schema: reordering, removing (never
// the last image), adding (up to the maximum), editing one image's texts and
// the layout, each leaving a body the server accepts; and a library item's
// texts as a new image's defaults.
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { bodySchema, validateBody } from "@/lib/content/body";
import { GALLERY_MAX_IMAGES } from "@/lib/content/galleries";
import type { MediaItem } from "@/lib/media/items";
import { addImages, galleryImageOf, galleryOf, moveImage, removeImage, setImageAttrs, setLayout } from "@/components/newsroom/editor/gallery/gallery-edit";

const item = (n: number, texts: Partial<MediaItem> = {}): MediaItem => ({
  id: `m${n}`,
  src: `/media/k${n}-960.webp`,
  srcSet: "",
  width: 960,
  height: 640,
  alt: `Ảnh ${n}`,
  caption: `Chú thích ${n}`,
  credit: `Tác giả ${n}`,
  originalName: `${n}.jpg`,
  createdAt: "2026-11-29T00:00:00Z",
  kind: "image",
  focalX: null,
  focalY: null,
  ...texts,
});

// A paragraph first ("Mở": 2 characters, plus its opening and closing), so the gallery starts at 4.
const GALLERY_AT = 4;
function stateWith(count: number) {
  const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Mở" }] }, galleryOf(Array.from({ length: count }, (_, i) => item(i + 1)))] };
  return EditorState.create({ schema: bodySchema(), doc: bodySchema().nodeFromJSON(doc) });
}
const ids = (state: EditorState) => {
  const out: string[] = [];
  state.doc.nodeAt(GALLERY_AT)!.forEach((image) => out.push(image.attrs.mediaId));
  return out;
};
const apply = (state: EditorState, tr: ReturnType<typeof moveImage>) => {
  expect(tr).not.toBeNull();
  const next = state.apply(tr!);
  expect(() => validateBody(next.doc.toJSON())).not.toThrow();
  return next;
};

describe("gallery edits", () => {
  it("makes a new image from a library item, its texts as defaults", () => {
    expect(galleryImageOf(item(1))).toEqual({
      type: "galleryImage",
      attrs: { src: "/media/k1-960.webp", mediaId: "m1", width: 960, height: 640, alt: "Ảnh 1", caption: "Chú thích 1", credit: "Tác giả 1" },
    });
    expect(galleryImageOf(item(2, { caption: "" })).attrs!.caption).toBe("Ảnh 2");
  });

  it("moves an image earlier or later, and refuses a move to nowhere", () => {
    let state = stateWith(4);
    state = apply(state, moveImage(state, GALLERY_AT, 0, 2));
    expect(ids(state)).toEqual(["m2", "m3", "m1", "m4"]);
    state = apply(state, moveImage(state, GALLERY_AT, 3, 0));
    expect(ids(state)).toEqual(["m4", "m2", "m3", "m1"]);
    expect(moveImage(state, GALLERY_AT, 0, 0)).toBeNull();
    expect(moveImage(state, GALLERY_AT + 1, 0, 1)).toBeNull(); // not a gallery there
  });

  it("removes an image but never the last one", () => {
    let state = stateWith(2);
    state = apply(state, removeImage(state, GALLERY_AT, 0));
    expect(ids(state)).toEqual(["m2"]);
    expect(removeImage(state, GALLERY_AT, 0)).toBeNull();
  });

  it("adds images at the end, up to the maximum", () => {
    let state = stateWith(GALLERY_MAX_IMAGES - 1);
    state = apply(state, addImages(state, GALLERY_AT, [item(100), item(101)]));
    expect(ids(state)).toHaveLength(GALLERY_MAX_IMAGES);
    expect(ids(state).at(-1)).toBe("m100");
  });

  it("edits one image's texts and the layout", () => {
    let state = stateWith(3);
    state = apply(state, setImageAttrs(state, GALLERY_AT, 1, { caption: "Mới", credit: "TTXVN" }));
    expect(state.doc.nodeAt(GALLERY_AT)!.child(1).attrs).toMatchObject({ mediaId: "m2", caption: "Mới", credit: "TTXVN", alt: "Ảnh 2" });
    expect(state.doc.nodeAt(GALLERY_AT)!.child(0).attrs.caption).toBe("Chú thích 1");
    state = apply(state, setLayout(state, GALLERY_AT, "story"));
    expect(state.doc.nodeAt(GALLERY_AT)!.attrs.layout).toBe("story");
    expect(setLayout(state, GALLERY_AT, "story")).toBeNull();
  });
});
