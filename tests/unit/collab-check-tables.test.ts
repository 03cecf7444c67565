// The collaboration server's per-update check (lib/collab/check-update.ts)
// with tables: the edits the editor makes to a table through y-tiptap pass,
// forged table elements and attributes are refused. Same set-up as
// tests/unit/collab-check-update.test.ts.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { EditorFields } from "@/lib/articles/editor-state";
import { type JsonNode, validateBody } from "@/lib/content/body";
import { BODY_FIELD } from "@/lib/collab/layout";
import { applyFieldsToDoc, fieldsOf } from "@/lib/collab/doc-fields";
import { syncedPair, updateOf } from "@/tests/support/collab-updates";
import { inspectUpdate } from "@/lib/collab/check-update";

const p = (t: string): JsonNode => ({ type: "paragraph", content: [{ type: "text", text: t }] });
const cell = (t: string, type = "tableCell", attrs?: Record<string, unknown>): JsonNode => ({ type, ...(attrs ? { attrs } : {}), content: [p(t)] });
const row = (...cells: JsonNode[]): JsonNode => ({ type: "tableRow", content: cells });
const table = (caption: string | null, ...rows: JsonNode[]): JsonNode => ({ type: "table", attrs: { caption }, content: rows });
const doc = (...content: JsonNode[]): JsonNode => ({ type: "doc", content });

const prices = table("Giá xăng", row(cell("Loại", "tableHeader"), cell("Giá", "tableHeader")), row(cell("RON 95"), cell("21.000")));

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
  body: doc(p("Intro."), prices),
};

const setup = () => syncedPair(fields);

const tableOf = (d: Y.Doc) => d.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement;
const rowOf = (d: Y.Doc, i: number) => tableOf(d).get(i) as Y.XmlElement;
const cellOf = (d: Y.Doc, r: number, c: number) => rowOf(d, r).get(c) as Y.XmlElement;

describe("inspectUpdate: table edits as y-tiptap writes them pass", () => {
  it("a new table, rows and columns added and removed, a caption, spans, typing in a cell", () => {
    const { server, client } = setup();
    const check = (edit: (d: Y.Doc) => void) => {
      const update = updateOf(client, edit);
      expect(inspectUpdate(update, server)).toMatchObject({ ok: true });
      Y.applyUpdate(server, update);
    };
    // The y-tiptap conversion the editor's binding uses (updateYFragment), for whole-body changes.
    const setBody = (body: JsonNode) => check((d) => applyFieldsToDoc(d, { body }));
    setBody(doc(p("Intro."), prices, table(null, row(cell("a"), cell("b")))));
    setBody(doc(p("Intro."), table("Giá xăng, dầu", ...prices.content!, row(cell("Dầu"), cell("19.000")))));
    setBody(doc(p("Intro."), table("Giá xăng, dầu", row(cell("Loại", "tableHeader"), cell("Giá", "tableHeader"), cell("Ngày", "tableHeader")), row(cell("RON 95"), cell("21.000"), cell("1/7")))));
    setBody(doc(p("Intro."), table("Giá", row(cell("Loại", "tableHeader", { colspan: 2, rowspan: 1 })), row(cell("RON 95", "tableCell", { colspan: 1, rowspan: 2 }), cell("21.000")), row(cell("x")))));
    // Single attribute and text edits, as the binding sends them while someone types.
    check((d) => tableOf(d).setAttribute("caption", "Giá xăng hôm nay"));
    check((d) => tableOf(d).removeAttribute("caption"));
    check((d) => cellOf(d, 1, 1).setAttribute("rowspan", 1 as unknown as string));
    check((d) => ((cellOf(d, 1, 1).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, "≈ "));
    // What the server holds is a body the store accepts.
    expect(() => validateBody(fieldsOf(server, fields).body)).not.toThrow();
    expect(fieldsOf(server, fields).body.content![1]).toMatchObject({ type: "table", attrs: { caption: null } });
  });
});

describe("inspectUpdate: forged table content is refused", () => {
  const refused = (edit: (d: Y.Doc) => void, reason: RegExp) => {
    const { server, client } = setup();
    const result = inspectUpdate(updateOf(client, edit), server);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
    expect((result as { reason: string }).reason.length).toBeLessThan(123);
  };

  it("bad captions", () => {
    refused((d) => tableOf(d).setAttribute("caption", 5 as unknown as string), /caption must be text/);
    refused((d) => tableOf(d).setAttribute("caption", { html: "<b>x</b>" } as unknown as string), /plain value/);
    refused((d) => tableOf(d).setAttribute("caption", "x".repeat(301)), /caption has at most 300/);
  });

  it("bad spans", () => {
    refused((d) => cellOf(d, 1, 0).setAttribute("colspan", "2"), /spans 1 to 30 columns/);
    refused((d) => cellOf(d, 1, 0).setAttribute("colspan", 0 as unknown as string), /columns/);
    refused((d) => cellOf(d, 0, 1).setAttribute("rowspan", 301 as unknown as string), /spans 1 to 300 rows/);
    refused((d) => cellOf(d, 0, 1).setAttribute("rowspan", -1 as unknown as string), /rows/);
  });

  it("attributes tables do not have", () => {
    refused((d) => cellOf(d, 1, 0).setAttribute("colwidth", [100] as unknown as string), /Unknown attribute "colwidth" on tableCell/);
    refused((d) => cellOf(d, 1, 0).setAttribute("style", "background:url(x)"), /Unknown attribute "style" on tableCell/);
    refused((d) => tableOf(d).setAttribute("onclick", "alert(1)"), /Unknown attribute "onclick" on table/);
    refused((d) => rowOf(d, 0).setAttribute("class", "x"), /Unknown attribute "class" on tableRow/);
  });

  it("foreign elements inside a table, and forged new tables", () => {
    refused((d) => rowOf(d, 1).insert(0, [new Y.XmlElement("td")]), /Unknown element "td"/);
    refused((d) => cellOf(d, 1, 0).insert(0, [new Y.XmlElement("script")]), /Unknown element "script"/);
    refused((d) => {
      const forged = new Y.XmlElement("table");
      forged.setAttribute("caption", 7 as unknown as string);
      d.getXmlFragment(BODY_FIELD).insert(0, [forged]);
    }, /caption must be text/);
    refused((d) => {
      const forged = new Y.XmlElement("tableHeader");
      forged.setAttribute("colspan", 1e9 as unknown as string);
      rowOf(d, 0).insert(0, [forged]);
    }, /columns/);
  });
});
