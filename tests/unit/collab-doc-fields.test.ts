import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { EditorFields } from "@/lib/articles/editor-state";
import { bodySchema, EMPTY_DOC, type JsonNode, prepareBody, validateBody } from "@/lib/content/body";
import { BODY_FIELD, FIELDS_MAP } from "@/lib/collab/layout";
import { applyFieldsToDoc, fieldsOf, newDocument } from "@/lib/collab/doc-fields";

const text = (t: string, marks?: JsonNode["marks"]): JsonNode => ({ type: "text", text: t, ...(marks ? { marks } : {}) });
const p = (...content: JsonNode[]): JsonNode => ({ type: "paragraph", content });
const doc = (...content: JsonNode[]): JsonNode => ({ type: "doc", content });
const li = (t: string): JsonNode => ({ type: "listItem", content: [p(text(t))] });

const richBody = doc(
  { type: "heading", attrs: { level: 2 }, content: [text("Nghệ An đón mưa lớn")] },
  p(
    text("Plain, "),
    text("bold", [{ type: "bold" }]),
    text(", "),
    text("both", [{ type: "italic" }, { type: "bold" }]),
    text(" and a "),
    text("link", [{ type: "link", attrs: { href: "https://baonghean.vn/", target: "_blank" } }]),
  ),
  { type: "heading", attrs: { level: 3 }, content: [text("Lists")] },
  { type: "bulletList", content: [li("one"), li("two")] },
  { type: "orderedList", attrs: { start: 3 }, content: [li("three")] },
  { type: "blockquote", content: [p(text("«Quote»"))] },
  {
    type: "figure",
    attrs: { src: "/media/abc-960.webp", mediaId: "m1", width: 960, height: 540, alt: "Hall", caption: "The hall.", credit: "Ảnh: MH" },
  },
  { type: "figure", attrs: { src: "https://example.org/a.jpg", alt: "No id" } },
  p(text("line one"), { type: "hardBreak" }, text("line two 😀")),
  { type: "horizontalRule" },
);

const fields: EditorFields = {
  title: "Mưa lớn ở Nghệ An",
  lead: "(Baonghean.vn) - Mưa lớn.",
  sectionId: "sec1",
  slug: "mua-lon-o-nghe-an",
  tags: ["thời tiết", "mưa"],
  authors: [
    { byline: "Thanh Hà", userId: "u1" },
    { byline: "CTV", userId: null },
  ],
  coverMediaId: "m1",
  seoTitle: "Mưa lớn",
  seoDescription: "Mô tả",
  language: "vi",
  body: richBody,
};

/** What Tiptap's editor.getJSON() gives for a body: the schema's own JSON. */
const editorJson = (body: JsonNode) => bodySchema().nodeFromJSON(body).toJSON();

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function copyOf(source: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  return copy;
}

describe("newDocument and fieldsOf", () => {
  it("round-trips every field and a rich body as the editor's JSON", () => {
    const ydoc = newDocument(fields);
    // Read from a copy made of the encoded state, as the server would.
    const read = fieldsOf(copyOf(ydoc), { ...fields, title: "fallback", tags: [], body: EMPTY_DOC });
    expect(read).toEqual({ ...fields, body: editorJson(richBody) });
    expect(() => validateBody(read.body)).not.toThrow();
    expect(prepareBody(read.body).html).toBe(prepareBody(richBody).html);
    // Null attributes (not stored by y-tiptap) come back as the schema's defaults.
    const figure = (read.body.content ?? []).find((n) => n.attrs?.alt === "No id");
    expect(figure?.attrs).toMatchObject({ mediaId: null, width: null, height: null, caption: "" });
  });

  it("gives each document its own random client id", () => {
    expect(newDocument(fields).clientID).not.toBe(newDocument(fields).clientID);
  });

  it("takes the fallback for fields the document does not hold", () => {
    const ydoc = new Y.Doc();
    ydoc.getMap(FIELDS_MAP).set("title", new Y.Text("Only the title"));
    const read = fieldsOf(ydoc, fields);
    expect(read).toEqual({ ...fields, title: "Only the title" });
    expect(fieldsOf(new Y.Doc(), { ...fields, body: undefined as unknown as JsonNode }).body).toEqual(EMPTY_DOC);
  });
});

describe("applyFieldsToDoc", () => {
  it("reports only the fields that changed, in one transaction with the origin", () => {
    const ydoc = newDocument(fields);
    const origins: unknown[] = [];
    ydoc.on("afterTransaction", (tr: Y.Transaction) => origins.push(tr.origin));
    expect(applyFieldsToDoc(ydoc, fields, "api")).toEqual([]);
    const body = doc(...(richBody.content ?? []).slice(0, 2));
    const changed = applyFieldsToDoc(ydoc, { title: "Mưa rất lớn ở Nghệ An", tags: ["mưa"], coverMediaId: null, body }, "api");
    expect(changed).toEqual(["title", "coverMediaId", "tags", "body"]);
    expect(origins).toEqual(["api", "api"]);
    expect(fieldsOf(ydoc, fields)).toEqual({ ...fields, title: "Mưa rất lớn ở Nghệ An", tags: ["mưa"], coverMediaId: null, body: editorJson(body) });
  });

  it("edits texts in the middle only, never splitting a surrogate pair", () => {
    const ydoc = newDocument({ ...fields, title: "a😀b" });
    applyFieldsToDoc(ydoc, { title: "a😃b" });
    expect(fieldsOf(ydoc, fields).title).toBe("a😃b");
    applyFieldsToDoc(ydoc, { title: "" });
    expect(fieldsOf(ydoc, fields).title).toBe("");
  });

  it("keeps concurrent typing in another paragraph", () => {
    const base = { ...fields, body: doc(p(text("First paragraph.")), p(text("Second paragraph.")), p(text("Third."))) };
    const a = newDocument(base);
    const b = copyOf(a);
    // B types into paragraph 1, as an editor does: into the paragraph's text.
    const firstText = (b.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    firstText.insert(5, " typed");
    // Meanwhile A writes a whole body from its own (older) copy, changing paragraph 2.
    const mine = fieldsOf(a, base);
    const edited = doc(p(text("First paragraph.")), p(text("Second paragraph, "), text("edited", [{ type: "bold" }]), text(".")), p(text("Third.")));
    expect(applyFieldsToDoc(a, { ...mine, body: edited })).toEqual(["body"]);
    sync(a, b);
    const expected = doc(p(text("First typed paragraph.")), p(text("Second paragraph, "), text("edited", [{ type: "bold" }]), text(".")), p(text("Third.")));
    expect(fieldsOf(a, base).body).toEqual(editorJson(expected));
    expect(fieldsOf(b, base).body).toEqual(editorJson(expected));
  });

  it("merges title edits from two documents character by character", () => {
    const a = newDocument({ ...fields, title: "Hello world" });
    const b = copyOf(a);
    applyFieldsToDoc(a, { title: "Hello brave world" });
    applyFieldsToDoc(b, { title: "Hello world!" });
    sync(a, b);
    expect(fieldsOf(a, fields).title).toBe("Hello brave world!");
    expect(fieldsOf(b, fields).title).toBe("Hello brave world!");
  });
});
