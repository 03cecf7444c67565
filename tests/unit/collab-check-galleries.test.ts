// The collaboration server's per-update check (lib/collab/check-update.ts)
// with galleries: the edits the editor's gallery view makes through y-tiptap
// (reorder, add, remove, caption, layout) pass and the server's copy stays
// a body the store accepts. Same set-up as tests/unit/collab-check-tables.test.ts.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { EditorFields } from "@/lib/articles/editor-state";
import { type JsonNode, validateBody } from "@/lib/content/body";
import { applyFieldsToDoc, fieldsOf, newDocument } from "@/lib/collab/doc-fields";
import { updateOf } from "@/tests/support/collab-updates";
import { inspectUpdate } from "@/lib/collab/check-update";

const p = (t: string): JsonNode => ({ type: "paragraph", content: [{ type: "text", text: t }] });
const image = (n: number): JsonNode => ({
  type: "galleryImage",
  attrs: { src: `/media/${"a".repeat(19)}${n}-960.webp`, mediaId: `m${n}`, width: 960, height: 640, alt: `Alt ${n}`, caption: `Boat ${n}`, credit: "Ảnh: Hà" },
});
const gallery = (order: number[], layout = "slideshow"): JsonNode => ({ type: "gallery", attrs: { layout }, content: order.map(image) });
const doc = (...content: JsonNode[]): JsonNode => ({ type: "doc", content });

const fields: EditorFields = {
  title: "Title",
  lead: "Lead",
  sectionId: "s1",
  slug: "title",
  tags: [],
  authors: [],
  coverMediaId: null,
  seoTitle: "",
  seoDescription: "",
  language: null,
  body: doc(p("Intro."), gallery([1, 2, 3, 4, 5, 6])),
};

describe("inspectUpdate: gallery edits as y-tiptap writes them pass", () => {
  it("reorders, adds, removes images and changes texts and the layout", () => {
    const server = newDocument(fields);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const setBody = (body: JsonNode) => {
      const update = updateOf(client, (d) => applyFieldsToDoc(d, { body }));
      expect(inspectUpdate(update, server)).toMatchObject({ ok: true });
      Y.applyUpdate(server, update);
      expect(fieldsOf(server, fields).body).toEqual(body);
    };
    setBody(doc(p("Intro."), gallery([1, 3, 2, 4, 5, 6])));
    setBody(doc(p("Intro."), gallery([6, 1, 3, 2, 4, 5])));
    setBody(doc(p("Intro."), gallery([6, 1, 3, 2, 4, 5, 7])));
    setBody(doc(p("Intro."), gallery([6, 3, 2, 4, 5, 7], "story")));
    expect(() => validateBody(fieldsOf(server, fields).body)).not.toThrow();
  });
});
