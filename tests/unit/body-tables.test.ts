// @vitest-environment happy-dom
// Tables in article bodies: what validateBody accepts and refuses, the
// reader's HTML (caption, thead, th scope, the scrolling region), the plain
// text for search, and how pasted HTML tables are read (happy-dom for the
// parser's DOM).
import { describe, expect, it } from "vitest";
import { generateJSON } from "@tiptap/core";
import { bodyExtensions } from "@/lib/content/extensions";
import { BodyError, prepareBody, validateBody, type JsonNode } from "@/lib/content/body";
import { TABLE_LIMITS } from "@/lib/content/tables";

const text = (t: string): JsonNode => ({ type: "text", text: t });
const p = (t?: string): JsonNode => ({ type: "paragraph", ...(t ? { content: [text(t)] } : {}) });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const cell = (t: string, attrs?: Record<string, unknown>, type = "tableCell"): JsonNode => ({ type, ...(attrs ? { attrs } : {}), content: [p(t)] });
const th = (t: string, attrs?: Record<string, unknown>) => cell(t, attrs, "tableHeader");
const row = (...cells: JsonNode[]): JsonNode => ({ type: "tableRow", content: cells });
const table = (rows: JsonNode[], caption?: string | null): JsonNode => ({ type: "table", ...(caption !== undefined ? { attrs: { caption } } : {}), content: rows });

const results = table(
  [row(th("Đội"), th("Điểm")), row(th("SLNA"), cell("30")), row(th("Hà Nội"), cell("28", { colspan: 1, rowspan: 1 }))],
  "Bảng xếp hạng V.League",
);

describe("validateBody: tables", () => {
  it("accepts tables with a caption, header cells and spans", () => {
    expect(() => validateBody(doc(p("Intro"), results, p("After")))).not.toThrow();
    expect(() => validateBody(doc(table([row(cell("a", { colspan: 2 })), row(cell("b"), cell("c"))], null)))).not.toThrow();
    expect(() => validateBody(doc(table([row(cell("a", { rowspan: 2 }), cell("b")), row(cell("c"))])))).not.toThrow();
    // A cell with several paragraphs.
    expect(() => validateBody(doc(table([row({ type: "tableCell", content: [p("one"), p("two")] })])))).not.toThrow();
  });

  const refused: [string, unknown, RegExp][] = [
    ["a caption that is not text", doc(table([row(cell("a"))], 5 as unknown as string)), /caption must be text/],
    ["an over-long caption", doc(table([row(cell("a"))], "x".repeat(TABLE_LIMITS.maxCaptionChars + 1))), /caption has at most/],
    ["a colspan of zero", doc(table([row(cell("a", { colspan: 0 }))])), /spans 1 to 30 columns/],
    ["a fractional rowspan", doc(table([row(cell("a", { rowspan: 1.5 }))])), /spans 1 to 300 rows/],
    ["a colspan given as text", doc(table([row(cell("a", { colspan: "2" }))])), /columns/],
    ["a null colspan", doc(table([row(cell("a", { colspan: null }))])), /columns/],
    ["a huge colspan", doc(table([row(cell("a", { colspan: 1000 }))])), /columns/],
    ["column widths (tables are not resizable)", doc(table([row(cell("a", { colwidth: 100 }))])), /Unknown attribute "colwidth"/],
    ["a style on a table", doc({ type: "table", attrs: { style: "x" }, content: [row(cell("a"))] }), /Unknown attribute "style"/],
    ["a table inside a cell", doc(table([row({ type: "tableCell", content: [table([row(cell("x"))])] })])), /structure/],
    ["a figure inside a cell", doc(table([row({ type: "tableCell", content: [{ type: "figure", attrs: { src: "/media/a-1.webp" } }] })])), /structure/],
    ["a list inside a cell", doc(table([row({ type: "tableCell", content: [{ type: "bulletList", content: [{ type: "listItem", content: [p("x")] }] }] })])), /structure/],
    ["text straight in a cell", doc(table([row({ type: "tableCell", content: [text("x")] })])), /structure/],
    ["a cell outside a row", doc(table([cell("a") as JsonNode])), /structure/],
    ["a table without rows", doc({ type: "table", content: [] }), /structure/],
    ["a cell with no paragraph", doc(table([row({ type: "tableCell", content: [] })])), /structure/],
  ];
  for (const [what, input, message] of refused) {
    it(`refuses ${what}`, () => {
      expect(() => validateBody(input)).toThrow(BodyError);
      expect(() => validateBody(input)).toThrow(message);
    });
  }

  it("limits the size: rows, columns (counting cells that span rows) and rows × columns", () => {
    const rows = (n: number, cols: number) => Array.from({ length: n }, () => row(...Array.from({ length: cols }, () => cell("x"))));
    expect(() => validateBody(doc(table(rows(TABLE_LIMITS.maxRows + 1, 1))))).toThrow(/at most 300 rows/);
    expect(() => validateBody(doc(table(rows(1, TABLE_LIMITS.maxColumns + 1))))).toThrow(/at most 30 columns/);
    expect(() => validateBody(doc(table(rows(1, TABLE_LIMITS.maxColumns))))).not.toThrow();
    // 29 cells below a cell spanning two rows make 30 columns; 30 make 31.
    const spanning = (below: number) => table([row(cell("tall", { rowspan: 2 })), row(...Array.from({ length: below }, () => cell("x")))]);
    expect(() => validateBody(doc(spanning(29)))).not.toThrow();
    expect(() => validateBody(doc(spanning(30)))).toThrow(/at most 30 columns/);
    expect(() => validateBody(doc(table(rows(200, 16))))).toThrow(/at most 3000 cells/);
    expect(() => validateBody(doc(table(rows(200, 15))))).not.toThrow();
  });
});

describe("prepareBody: the reader's HTML of a table", () => {
  it("has the caption, the header row in thead with column scopes, row headers and a scrolling region", () => {
    const { html } = prepareBody(doc(results));
    expect(html).toBe(
      '<div class="table-scroll" role="region" aria-label="Bảng xếp hạng V.League" tabindex="0"><table>' +
        "<caption>Bảng xếp hạng V.League</caption>" +
        '<thead><tr><th scope="col">Đội</th><th scope="col">Điểm</th></tr></thead>' +
        '<tbody><tr><th scope="row">SLNA</th><td>30</td></tr><tr><th scope="row">Hà Nội</th><td>28</td></tr></tbody>' +
        "</table></div>",
    );
  });

  it("without a header row: all rows in tbody; without a caption: labelled by the first row", () => {
    const { html } = prepareBody(doc(table([row(cell("Giá"), cell("Ngày")), row(cell("80.000"), cell("1/7"))], null)));
    expect(html).toBe(
      '<div class="table-scroll" role="region" aria-label="Giá, Ngày" tabindex="0"><table>' +
        "<tbody><tr><td>Giá</td><td>Ngày</td></tr><tr><td>80.000</td><td>1/7</td></tr></tbody></table></div>",
    );
  });

  it("keeps spans, several paragraphs, formatting and links in cells, and escapes everything", () => {
    const rich: JsonNode = {
      type: "tableCell",
      attrs: { colspan: 2, rowspan: 3 },
      content: [p("<b>one</b>"), { type: "paragraph", content: [{ type: "text", text: "two", marks: [{ type: "link", attrs: { href: "https://a.vn/" } }] }] }],
    };
    const { html } = prepareBody(doc(table([row(rich)], '"><script>x</script>')));
    expect(html).toContain('aria-label="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(html).toContain("<caption>&quot;&gt;&lt;script&gt;x&lt;/script&gt;</caption>");
    expect(html).toContain('<td colspan="2" rowspan="3"><p>&lt;b&gt;one&lt;/b&gt;</p><p><a href="https://a.vn/" rel="noopener noreferrer nofollow">two</a></p></td>');
    expect(html).not.toContain("<script>");
  });

  it("leaves out a table whose rows are all suggested insertions", () => {
    const suggested = { ...row(cell("new")), marks: [{ type: "insertion", attrs: { id: "u1~m0abc~x1" } }] };
    const { html } = prepareBody(doc(p("Before"), { type: "table", content: [suggested] }));
    expect(html).toBe("<p>Before</p>");
  });

  it("gives search text with the caption, and spaces between cells", () => {
    const body = prepareBody(doc(p("Intro."), results, p("After.")));
    expect(body.text).toBe("Intro.\n\nBảng xếp hạng V.League\n\nĐội Điểm\n\nSLNA 30\n\nHà Nội 28\n\nAfter.");
    expect(body.words).toBe(14); // V.League is two
  });
});

describe("pasted HTML tables (the schema's parse rules)", () => {
  const paste = (html: string) => generateJSON(html, bodyExtensions) as JsonNode;

  it("keeps the caption, header cells and spans, and reads blocks inside cells as paragraphs", () => {
    const json = paste(
      "<table><caption> Giá  vàng </caption><thead><tr><th>Loại</th><th colspan=\"0\">Giá</th></tr></thead>" +
        '<tbody><tr><td><ul><li>SJC</li><li><p>9999</p></li></ul><h2>Nhẫn</h2></td><td>80</td></tr>' +
        '<tr><td colspan="99" style="width:10px">Nguồn: SJC</td></tr></tbody></table><p>Sau</p>',
    );
    expect(() => validateBody(json)).not.toThrow();
    const [tbl, after] = json.content!;
    expect(tbl.attrs).toEqual({ caption: "Giá vàng" });
    expect(after).toEqual(p("Sau"));
    const [head, body, source] = tbl.content!;
    expect(head.content!.map((c) => [c.type, c.attrs])).toEqual([
      ["tableHeader", { colspan: 1, rowspan: 1 }],
      ["tableHeader", { colspan: 1, rowspan: 1 }],
    ]);
    expect(body.content![0].content).toEqual([p("SJC"), p("9999"), p("Nhẫn")]);
    expect(source.content![0].attrs).toEqual({ colspan: TABLE_LIMITS.maxColumns, rowspan: 1 });
  });

  it("flattens a table nested in a cell instead of splitting the outer one", () => {
    const json = paste("<table><tr><td>a<table><tr><td>b</td><td><p>c</p></td></tr></table></td></tr></table>");
    expect(json.content).toHaveLength(1);
    expect(json.content![0].content![0].content![0].content).toEqual([p("a"), p("b"), p("c")]);
  });
});
