// What a paste does to the document, on the body's own schema: pasted
// headings, lists and quotes stay whole blocks instead of flowing into the
// paragraph at the caret (close-slice.ts), and the image markers of a paste
// are taken out, each image's place kept and followed through later edits
// (pasted-images.ts).
import { Fragment, Slice, type Node as PMNode } from "@tiptap/pm/model";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { Decoration } from "@tiptap/pm/view";
import { describe, expect, it } from "vitest";
import { IMAGE_MARKER } from "@/components/newsroom/editor/paste/clean-html";
import { keepPastedBlocksWhole } from "@/components/newsroom/editor/paste/close-slice";
import { blockPlace, nextPendingState, pastedImagesKey, takeMarkers, type PendingState } from "@/components/newsroom/editor/paste/pasted-images";
import { bodySchema } from "@/lib/content/extensions";

const s = bodySchema();
const p = (text = "") => s.node("paragraph", null, text ? [s.text(text)] : []);
const h2 = (text: string) => s.node("heading", { level: 2 }, [s.text(text)]);
const ul = (...items: string[]) => s.node("bulletList", null, items.map((i) => s.node("listItem", null, [p(i)])));
const quote = (text: string) => s.node("blockquote", null, [p(text)]);

/** The document's blocks as [type, text]. */
const blocks = (doc: PMNode) => doc.content.content.map((n) => [n.type.name, n.textContent]);

/** Pastes `slice` (as ProseMirror would: one node whole, else a replace) with the caret at `caret` in "Lúa chín sớm" + "Đoạn sau". */
function paste(slice: Slice, caret: number) {
  let state = EditorState.create({ doc: s.node("doc", null, [p("Lúa chín sớm"), p("Đoạn sau")]) });
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, caret)));
  const whole = slice.openStart === 0 && slice.openEnd === 0 && slice.content.childCount === 1;
  const tr = whole ? state.tr.replaceSelectionWith(slice.content.firstChild!) : state.tr.replaceSelection(slice);
  return blocks(tr.doc);
}

const END = 1 + "Lúa chín sớm".length;

describe("pasted blocks stay whole", () => {
  it("a heading pasted at the end of a paragraph stays a heading after it (ProseMirror alone merges it)", () => {
    const open = new Slice(Fragment.from(h2("Vụ mùa")), 1, 1);
    expect(paste(open, END)).toEqual([["paragraph", "Lúa chín sớmVụ mùa"], ["paragraph", "Đoạn sau"]]);
    expect(paste(keepPastedBlocksWhole(open), END)).toEqual([["paragraph", "Lúa chín sớm"], ["heading", "Vụ mùa"], ["paragraph", "Đoạn sau"]]);
  });

  it("a heading and paragraphs: the heading whole, the last paragraph still open", () => {
    const slice = keepPastedBlocksWhole(new Slice(Fragment.from([h2("Vụ mùa"), p("Nông dân phấn khởi.")]), 1, 1));
    expect([slice.openStart, slice.openEnd]).toEqual([0, 1]);
    expect(paste(slice, END)).toEqual([["paragraph", "Lúa chín sớm"], ["heading", "Vụ mùa"], ["paragraph", "Nông dân phấn khởi."], ["paragraph", "Đoạn sau"]]);
  });

  it("paragraph first: its text still joins the caret's paragraph; a heading last stays whole in the middle of one", () => {
    const slice = keepPastedBlocksWhole(new Slice(Fragment.from([p("thêm"), h2("Vụ mùa")]), 1, 1));
    expect([slice.openStart, slice.openEnd]).toEqual([1, 0]);
    expect(paste(slice, 4)).toEqual([["paragraph", "Lúathêm"], ["heading", "Vụ mùa"], ["paragraph", " chín sớm"], ["paragraph", "Đoạn sau"]]);
  });

  it("lists and quotes arrive whole, their first item not merged into the paragraph", () => {
    const list = new Slice(Fragment.from(ul("Một", "Hai")), 3, 3);
    expect(paste(list, END)[0]).toEqual(["paragraph", "Lúa chín sớmMột"]);
    expect(paste(keepPastedBlocksWhole(list), END)).toEqual([["paragraph", "Lúa chín sớm"], ["bulletList", "MộtHai"], ["paragraph", "Đoạn sau"]]);
    expect(paste(keepPastedBlocksWhole(new Slice(Fragment.from(quote("Trích dẫn")), 2, 2)), END)).toEqual([
      ["paragraph", "Lúa chín sớm"],
      ["blockquote", "Trích dẫn"],
      ["paragraph", "Đoạn sau"],
    ]);
  });

  it("leaves a slice of paragraphs, or a closed one, as it is", () => {
    const words = new Slice(Fragment.from(p("vài chữ")), 1, 1);
    expect(keepPastedBlocksWhole(words)).toBe(words);
    const closed = new Slice(Fragment.from(h2("Vụ mùa")), 0, 0);
    expect(keepPastedBlocksWhole(closed)).toBe(closed);
  });
});

describe("image markers", () => {
  const doc = s.node("doc", null, [
    p("Mở đầu"),
    p(IMAGE_MARKER),
    p(`Giữa câu ${IMAGE_MARKER} tiếp`),
    ul(IMAGE_MARKER),
    p(`${IMAGE_MARKER}${IMAGE_MARKER}`),
    p("Kết"),
  ]);

  it("are taken out, with paragraphs that held only markers; each image's place is where its paragraph stood, or after it", () => {
    const taken = takeMarkers(EditorState.create({ doc }))!;
    const after = taken.tr.doc;
    expect(after.textContent).not.toContain(IMAGE_MARKER);
    expect(blocks(after)).toEqual([
      ["paragraph", "Mở đầu"],
      ["paragraph", "Giữa câu  tiếp"],
      ["bulletList", ""], // a list item keeps its (now empty) paragraph
      ["paragraph", "Kết"],
    ]);
    expect(taken.places).toHaveLength(5);
    const sizeOf = (i: number) => after.child(i).nodeSize;
    const afterIntro = sizeOf(0);
    // Where the lone marker's paragraph was: between "Mở đầu" and "Giữa câu".
    expect(taken.places[0]).toBe(afterIntro);
    // After the paragraph whose text goes on around the image.
    expect(taken.places[1]).toBe(afterIntro + sizeOf(1));
    // Both images of the marker-only paragraph stand where it stood, before "Kết".
    expect(taken.places[3]).toBe(after.content.size - sizeOf(3));
    expect(taken.places[4]).toBe(taken.places[3]);
    for (const place of taken.places) expect(blockPlace(after, place)).toBe(blockPlace(after, blockPlace(after, place)));
  });

  it("none: nothing to do", () => {
    expect(takeMarkers(EditorState.create({ doc: s.node("doc", null, [p("Không có ảnh")]) }))).toBeNull();
  });

  it("blockPlace puts an image after the paragraph a place is inside", () => {
    const plain = s.node("doc", null, [p("Một"), p("Hai")]);
    expect(blockPlace(plain, 2)).toBe(5);
    expect(blockPlace(plain, 5)).toBe(5);
  });
});

describe("waiting images", () => {
  const draw = (image: { pos: number; id: number }) => Decoration.widget(image.pos, () => ({}) as HTMLElement, { key: String(image.id) });
  const empty: PendingState = { images: [], decorations: undefined as never };

  it("are added and removed by meta, and follow this editor's own edits", () => {
    let state = EditorState.create({ doc: s.node("doc", null, [p("Một"), p("Hai")]) });
    const step = (tr: ReturnType<EditorState["tr"]["setMeta"]>, prev: PendingState) => {
      const next = state.apply(tr);
      const result = nextPendingState(tr, prev, next, new Map(), draw);
      state = next;
      return result;
    };
    let pending = step(state.tr.setMeta(pastedImagesKey, { add: [{ id: 1, src: "https://example.com/a.jpg", alt: "", pos: 5 }] }), empty);
    expect(pending.images.map((i) => i.pos)).toEqual([5]);
    expect(pending.decorations.find()).toHaveLength(1);
    // Typing before the place moves it on.
    pending = step(state.tr.insertText("Mở đầu. ", 1), pending);
    expect(pending.images[0].pos).toBe(5 + "Mở đầu. ".length);
    // Typing after it leaves it.
    const unchanged = pending.images[0].pos;
    pending = step(state.tr.insertText("!", state.doc.content.size - 1), pending);
    expect(pending.images[0].pos).toBe(unchanged);
    pending = step(state.tr.setMeta(pastedImagesKey, { remove: [1] }), pending);
    expect(pending.images).toEqual([]);
  });
});
