// @vitest-environment happy-dom
// A figure copied or cut and pasted inside the editor goes through its HTML
// (the schema's toDOM, then its parse rule): it must come back with its
// library item, caption and credit, or the server refuses it.
import { DOMParser as PmParser, DOMSerializer } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { bodySchema } from "@/lib/content/body";

const figure = { src: "/media/a-720.webp", mediaId: "m1", width: 720, height: 480, alt: "Đồng lúa", caption: "Gặt lúa ở Nam Đàn", credit: "Ảnh: Hải Vương" };

describe("a figure's HTML", () => {
  it("reads back the same figure", () => {
    const schema = bodySchema();
    const doc = schema.nodeFromJSON({ type: "doc", content: [{ type: "figure", attrs: figure }] });
    const html = document.createElement("div");
    html.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(doc.content));
    const parsed = PmParser.fromSchema(schema).parse(html);
    expect(parsed.firstChild?.type.name).toBe("figure");
    expect(parsed.firstChild?.attrs).toEqual(figure);
  });
});
