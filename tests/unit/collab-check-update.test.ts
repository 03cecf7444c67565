import { describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";
import type { EditorFields } from "@/lib/articles/editor-state";
import { type JsonNode, validateBody } from "@/lib/content/body";
import { BODY_FIELD, FIELDS_MAP } from "@/lib/collab/layout";
import { applyFieldsToDoc, fieldsOf, newDocument } from "@/lib/collab/doc-fields";
import { syncedPair, updateOf } from "@/tests/support/collab-updates";
import { inspectUpdate, syncUpdateOf } from "@/lib/collab/check-update";

const text = (t: string, marks?: JsonNode["marks"]): JsonNode => ({ type: "text", text: t, ...(marks ? { marks } : {}) });
const p = (...content: JsonNode[]): JsonNode => ({ type: "paragraph", content });
const doc = (...content: JsonNode[]): JsonNode => ({ type: "doc", content });
const figure = { type: "figure", attrs: { src: "/media/abc-960.webp", mediaId: "m1", width: 960, height: 540, alt: "A", caption: "C", credit: "Ảnh: X" } };

const fields: EditorFields = {
  title: "Title",
  lead: "Lead",
  sectionId: "s1",
  slug: "title",
  tags: ["a"],
  authors: [{ byline: "Hà", userId: "u1" }],
  coverMediaId: null,
  seoTitle: "",
  seoDescription: "",
  language: null,
  body: doc({ type: "heading", attrs: { level: 2 }, content: [text("Heading")] }, p(text("First paragraph.")), figure),
};

const setup = () => syncedPair(fields);

const body = (d: Y.Doc) => d.getXmlFragment(BODY_FIELD);
const element = (d: Y.Doc, i: number) => body(d).get(i) as Y.XmlElement;
const paragraphText = (d: Y.Doc) => element(d, 1).get(0) as Y.XmlText;
const link = (href: string) => ({ link: { href, target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null } });

describe("inspectUpdate: genuine edits pass", () => {
  it("typing, formatting, links, figures and field edits, as the editor and the server write them", () => {
    const { server, client } = setup();
    const check = (edit: (d: Y.Doc) => void) => {
      const update = updateOf(client, edit);
      const result = inspectUpdate(update, server);
      expect(result).toMatchObject({ ok: true });
      Y.applyUpdate(server, update);
      return result as Extract<typeof result, { ok: true }>;
    };
    expect(check((d) => paragraphText(d).insert(5, " typed")).insertedChars).toBe(6);
    check((d) => paragraphText(d).format(0, 5, { bold: {} }));
    check((d) => paragraphText(d).format(6, 5, link("https://baonghean.vn/")));
    check((d) => paragraphText(d).delete(0, 3));
    const newBody = doc(
      { type: "heading", attrs: { level: 3 }, content: [text("Heading")] },
      p(text("Intro "), text("bold", [{ type: "bold" }, { type: "italic" }]), text(" link", [{ type: "link", attrs: { href: "mailto:a@b.vn" } }])),
      { type: "figure", attrs: { src: "https://example.org/a.jpg", mediaId: "m9", alt: "New" } },
      { type: "bulletList", content: [{ type: "listItem", content: [p(text("item"), { type: "hardBreak" }, text("more"))] }] },
      { type: "orderedList", attrs: { start: 2 }, content: [{ type: "listItem", content: [p(text("two"))] }] },
      { type: "blockquote", content: [p(text("«q»"))] },
    );
    expect(check((d) => applyFieldsToDoc(d, { body: newBody })).mediaIds).toEqual(["m9"]);
    // Fields: texts and values, set anew (the second write's item names its key only through the first).
    check((d) => applyFieldsToDoc(d, { title: "A new title", tags: ["x", "y"], authors: [{ byline: "CTV", userId: null }] }));
    check((d) => applyFieldsToDoc(d, { title: "A newer title", tags: ["z"], coverMediaId: "m9", language: "en" }));
    check((d) => d.getMap(FIELDS_MAP).set("seoTitle", new Y.Text("Replaced text")));
    // The server's document is still what the editor can open and the store accepts.
    expect(() => validateBody(fieldsOf(server, fields).body)).not.toThrow();
    expect(fieldsOf(server, fields)).toMatchObject({ title: "A newer title", tags: ["z"], seoTitle: "Replaced text", language: "en" });
  });

  it("suggestion marks as y-tiptap stores them (overlapping ones with a hash)", () => {
    const { server, client } = setup();
    const update = updateOf(client, (d) => {
      paragraphText(d).insert(0, "New ", { insertion: { id: "u1~m0abc~x1" } });
      paragraphText(d).format(4, 5, { deletion: { id: 17 } });
      paragraphText(d).format(10, 3, { "modification--AbC+/9=z": { id: "u1~m0abd~x2", type: "mark", attrName: null, previousValue: null, newValue: { type: "bold" } } });
      paragraphText(d).format(0, 4, { insertion: null });
    });
    expect(inspectUpdate(update, server)).toMatchObject({ ok: true, insertedChars: 4 });
  });

  it("a client's whole state (sync step 2 after working offline) and deletions", () => {
    const offline = newDocument(fields);
    expect(inspectUpdate(Y.encodeStateAsUpdate(offline), new Y.Doc())).toMatchObject({ ok: true, mediaIds: ["m1"] });
    const { server, client } = setup();
    expect(inspectUpdate(updateOf(client, (d) => body(d).delete(0, 2)), server)).toMatchObject({ ok: true, insertedChars: 0 });
    expect(inspectUpdate(Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)), server)).toMatchObject({ ok: true });
  });
});

describe("inspectUpdate: forged updates are refused", () => {
  const refused = (edit: (d: Y.Doc) => void, reason: RegExp) => {
    const { server, client } = setup();
    const result = inspectUpdate(updateOf(client, edit), server);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
    expect((result as { reason: string }).reason.length).toBeLessThan(123);
  };

  it("unsafe links, unknown formatting and bad suggestions", () => {
    refused((d) => paragraphText(d).format(0, 3, link("javascript:alert(1)")), /Links must start with/);
    refused((d) => paragraphText(d).insert(0, "x", link("data:text/html,hi")), /Links must start with/);
    refused((d) => paragraphText(d).format(0, 3, { script: {} }), /Unknown formatting "script"/);
    refused((d) => paragraphText(d).format(0, 3, { bold: { onclick: "x" } }), /Unknown attribute "onclick"/);
    refused((d) => paragraphText(d).format(0, 3, { insertion: { id: "x".repeat(101) } }), /short id/);
    refused((d) => paragraphText(d).format(0, 3, { deletion: true }), /must be an object/);
  });

  it("unknown elements and attributes, and unsafe figures", () => {
    refused((d) => body(d).insert(0, [new Y.XmlElement("script")]), /Unknown element "script"/);
    refused((d) => element(d, 1).setAttribute("onclick", "alert(1)"), /Unknown attribute "onclick" on paragraph/);
    refused((d) => element(d, 0).setAttribute("level", 1 as unknown as string), /level 2 or 3/);
    refused((d) => element(d, 2).setAttribute("src", "javascript:alert(1)"), /Image source/);
    refused((d) => element(d, 2).setAttribute("width", -5 as unknown as string), /width/);
    refused((d) => element(d, 2).setAttribute("alt", "x".repeat(2001)), /too long/);
    refused((d) => {
      const forged = new Y.XmlElement("figure");
      forged.setAttribute("src", "data:image/png;base64,AAAA");
      body(d).insert(0, [forged]);
    }, /Image source/);
  });

  it("content where the editor never puts it", () => {
    refused((d) => d.getMap("evil").set("x", 1), /Unknown part of the document "evil"/);
    refused((d) => body(d).insert(0, [new Y.Map() as unknown as Y.XmlElement]), /Unexpected content in the body/);
    refused((d) => element(d, 1).insert(0, [new Y.Text("x") as unknown as Y.XmlText]), /Unexpected content in the body/);
    refused((d) => paragraphText(d).insertEmbed(0, { image: "x" }), /Unexpected content in a paragraph/);
    refused((d) => (d.getMap(FIELDS_MAP).get("title") as Y.Text).format(0, 2, { bold: {} }), /Unexpected content in a field/);
    refused((d) => d.getMap(FIELDS_MAP).set("title", new Y.XmlText("x")), /Field title must be text/);
    refused((d) => d.getMap(FIELDS_MAP).set("title", "plain string"), /Field title must be text/);
    refused((d) => d.getMap(FIELDS_MAP).set("tags", new Y.Text("x")), /Field tags must be a value/);
  });

  it("unknown and malformed fields", () => {
    refused((d) => d.getMap(FIELDS_MAP).set("status", "PUBLISHED"), /Unknown field "status"/);
    refused((d) => d.getMap(FIELDS_MAP).set("tags", "a,b"), /tags has the wrong shape/);
    refused((d) => d.getMap(FIELDS_MAP).set("tags", Array.from({ length: 21 }, (_, i) => `t${i}`)), /tags/);
    refused((d) => d.getMap(FIELDS_MAP).set("authors", [{ byline: "X", userId: null, admin: true }]), /authors/);
    refused((d) => d.getMap(FIELDS_MAP).set("sectionId", 5), /sectionId/);
  });

  it("too much text in one update", () => {
    refused((d) => paragraphText(d).insert(0, "a".repeat(250_000)), /too much text/);
  });

  it("unreadable updates and ones building on content the server lacks", () => {
    const { server, client } = setup();
    expect(inspectUpdate(new Uint8Array([1, 2, 3, 250, 250, 250]), server)).toMatchObject({ ok: false });
    updateOf(client, (d) => paragraphText(d).insert(0, "abc")); // never sent
    const next = updateOf(client, (d) => paragraphText(d).insert(3, "def"));
    expect(inspectUpdate(next, server)).toEqual({ ok: false, reason: "The update refers to content the server does not have" });
  });
});

describe("syncUpdateOf", () => {
  const message = (type: number, write: (e: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, "article:abc");
    encoding.writeVarUint(encoder, type);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };

  it("finds the update in sync updates and step 2 (Sync and SyncReply)", () => {
    const { server, client } = setup();
    const update = updateOf(client, (d) => paragraphText(d).insert(0, "x"));
    expect(syncUpdateOf(message(0, (e) => syncProtocol.writeUpdate(e, update)))).toEqual(update);
    expect(syncUpdateOf(message(4, (e) => syncProtocol.writeUpdate(e, update)))).toEqual(update);
    const sv = Y.encodeStateVector(server);
    expect(syncUpdateOf(message(0, (e) => syncProtocol.writeSyncStep2(e, client, sv)))).toEqual(Y.encodeStateAsUpdate(client, sv));
  });

  it("gives null for other messages", () => {
    const { client } = setup();
    expect(syncUpdateOf(message(0, (e) => syncProtocol.writeSyncStep1(e, client)))).toBeNull();
    expect(syncUpdateOf(message(1, (e) => encoding.writeVarUint8Array(e, new Uint8Array([1, 2]))))).toBeNull();
    expect(syncUpdateOf(message(5, (e) => encoding.writeVarString(e, '{"type":"flush"}')))).toBeNull();
    expect(syncUpdateOf(new Uint8Array([200]))).toBeNull();
  });
});
