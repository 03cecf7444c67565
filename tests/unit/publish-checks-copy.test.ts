// The copy desk's publish checks (lib/articles/checks/): headline lengths for
// the home page and for search, lead and SEO lengths, the dateline, photo
// credits, words typed twice, unpaired quotes and brackets, double spaces —
// each with where it found the fault (the field, or the body block and the
// offset into its text the panel puts the caret at).
import { describe, expect, it } from "vitest";
import { runPublishChecks, type CheckResult, type PublishCheckId, type PublishContent } from "@/lib/articles/publish-checks";
import { firstUnbalanced } from "@/lib/articles/checks/writing";
import { textPlaces } from "@/lib/articles/checks/text-places";
import type { JsonNode } from "@/lib/content/json-node";
import { WRITING_DEFAULTS, writingSettingsOf, type WritingSettingValues } from "@/lib/settings/writing";

const doc = (...content: JsonNode[]): JsonNode => ({ type: "doc", content });
const para = (...parts: (string | JsonNode)[]): JsonNode => ({
  type: "paragraph",
  content: parts.map((p) => (typeof p === "string" ? { type: "text", text: p } : p)),
});
const heading = (text: string): JsonNode => ({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text }] });
const figure = (credit: string, caption = "", src = "/media/abc-960.webp"): JsonNode => ({ type: "figure", attrs: { src, alt: "Mô tả", caption, credit } });
const shot = (credit: string, caption = ""): JsonNode => ({ type: "galleryImage", attrs: { src: "/media/g-960.webp", alt: "Mô tả", caption, credit } });

const base: PublishContent = { title: "Nghệ An mở rộng vùng trồng chè", lead: "Sapo ngắn.", seoTitle: "", seoDescription: "", language: "vi", body: doc(para("Nội dung.")) };

function check(id: PublishCheckId, content: Partial<PublishContent>, settings: Partial<WritingSettingValues> = {}): CheckResult {
  return runPublishChecks({ ...base, ...content }, writingSettingsOf({ ...WRITING_DEFAULTS, ...settings })).find((r) => r.id === id)!;
}

describe("headline and lead lengths", () => {
  it("titleHome warns past the home page's length, counting composed characters after trimming", () => {
    expect(check("titleHome", { title: "a".repeat(100) }).state).toBe("pass");
    expect(check("titleHome", { title: ` ${"a".repeat(100)}  ` }).state).toBe("pass");
    // "ệ" typed decomposed (e + two marks) is still one character.
    const decomposed = "Nghe\u0323\u0302 ".repeat(20).trim();
    expect(check("titleHome", { title: decomposed }, { titleLength: 99 }).state).toBe("pass");
    expect(check("titleHome", { title: "a".repeat(101) })).toEqual({ id: "titleHome", state: "warn", count: 1, details: [{ item: "title", text: "", length: 101, limit: 100 }] });
    expect(check("titleHome", { title: "a".repeat(50) }, { titleLength: 40 }).details[0]).toMatchObject({ length: 50, limit: 40 });
  });

  it("titleSearch warns past the search length, unless an SEO title is what search shows", () => {
    expect(check("titleSearch", { title: "a".repeat(70) }).state).toBe("pass");
    expect(check("titleSearch", { title: "a".repeat(71) }).details).toEqual([{ item: "title", text: "", length: 71, limit: 70 }]);
    expect(check("titleSearch", { title: "a".repeat(71), seoTitle: "Ngắn" }).state).toBe("pass");
    expect(check("titleSearch", { title: "a".repeat(71), seoTitle: "   " }).state).toBe("warn");
    expect(check("titleSearch", { title: "a".repeat(71) }, { titleSearchLength: 80 }).state).toBe("pass");
  });

  it("leadLength, seoTitle and seoDescription warn past their lengths; empty SEO texts pass", () => {
    expect(check("leadLength", { lead: "x".repeat(301) }).details).toEqual([{ item: "lead", text: "", length: 301, limit: 300 }]);
    expect(check("leadLength", { lead: "x".repeat(300) }).state).toBe("pass");
    expect(check("seoTitle", { seoTitle: "" }).state).toBe("pass");
    expect(check("seoTitle", { seoTitle: "x".repeat(61) }).details).toEqual([{ item: "seoTitle", text: "", length: 61, limit: 60 }]);
    expect(check("seoDescription", { seoDescription: "" }).state).toBe("pass");
    expect(check("seoDescription", { seoDescription: "x".repeat(161) }).details[0]).toMatchObject({ item: "seoDescription", length: 161, limit: 160 });
  });
});

describe("dateline", () => {
  const prefix = { datelinePrefix: "(Baonghean.vn) -" };

  it("passes any lead when the newsroom has no convention", () => {
    expect(check("dateline", { lead: "Sáng 29/11, tỉnh tổ chức hội nghị." }).state).toBe("pass");
  });

  it("passes a lead opening with the dateline, whatever its dash and spacing", () => {
    for (const lead of ["(Baonghean.vn) - Sáng 29/11", "(Baonghean.vn) – Sáng 29/11", "(Baonghean.vn)—Sáng 29/11", "  (Baonghean.vn)\u00a0-\u00a0Sáng", "(Baonghean.vn)- Sáng"]) {
      expect(check("dateline", { lead }, prefix).state, lead).toBe("pass");
    }
    expect(check("dateline", { lead: "(Baonghean.vn) - Sáng" }, { datelinePrefix: "(Baonghean.vn) –" }).state).toBe("pass");
  });

  it("warns when the lead does not open with it, showing how the lead opens", () => {
    const result = check("dateline", { lead: "Sáng 29/11, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết." }, prefix);
    expect(result.details).toEqual([{ item: "lead", text: "Sáng 29/11, UBND tỉnh Nghệ An…", offset: 0 }]);
    expect(check("dateline", { lead: "Sáng nay (Baonghean.vn) -" }, prefix).state).toBe("warn");
    expect(check("dateline", { lead: "(baonghean.vn) - Sáng" }, prefix).state).toBe("warn");
    expect(check("dateline", { lead: "" }, prefix).details).toEqual([{ item: "lead", text: "", offset: 0 }]);
  });
});

describe("missingCredit", () => {
  it("finds figures and gallery images without a credit, or with only the label", () => {
    const body = doc(figure("Ảnh: Thành Duy"), figure("", "Lễ hội"), { type: "gallery", content: [shot("Ảnh: MH"), shot("Ảnh:", "Đua thuyền"), shot("  ")] }, figure("Photo: "));
    expect(check("missingCredit", { body }).details).toEqual([
      { item: "figure", position: 2, text: "Lễ hội" },
      { item: "galleryImage", position: 2, text: "Đua thuyền" },
      { item: "galleryImage", position: 3, text: "g-960.webp" },
      { item: "figure", position: 3, text: "abc-960.webp" },
    ]);
  });

  it("checks the cover only when its credit is known", () => {
    const body = doc(figure("Ảnh: TTXVN"));
    expect(check("missingCredit", { body, cover: { alt: "x", credit: "" } }).details).toEqual([{ item: "cover", text: "" }]);
    expect(check("missingCredit", { body, cover: { alt: "x", credit: "Ảnh: Hữu Vi" } }).state).toBe("pass");
    expect(check("missingCredit", { body, cover: { alt: "x" } }).state).toBe("pass");
    expect(check("missingCredit", { body, cover: null }).state).toBe("pass");
  });

  it("leaves videos alone", () => {
    const video: JsonNode = { type: "video", attrs: { src: "/media/v.mp4", posterSrc: "/media/p.webp", title: "Clip", credit: "" } };
    expect(check("missingCredit", { body: doc(video) }).state).toBe("pass");
  });
});

describe("repeatedWords", () => {
  it("finds a word typed twice in the body, title and lead, case aside, with its place and offset", () => {
    const result = check("repeatedWords", {
      title: "Tỉnh Tỉnh chỉ đạo",
      lead: "Kết quả của của năm",
      body: doc(para("Mở đầu."), heading("Tiêu điểm"), para("Người dân  đã đã đến.")),
    });
    expect(result.details).toEqual([
      { item: "title", text: "Tỉnh Tỉnh", offset: 0, span: 9 },
      { item: "lead", text: "của của", offset: 8, span: 7 },
      { item: "paragraph", position: 2, text: "đã đã", offset: 11, span: 5 },
    ]);
  });

  it("counts a run once, and compares composed forms", () => {
    expect(check("repeatedWords", { body: doc(para("của của của nó")) }).details).toEqual([{ item: "paragraph", position: 1, text: "của của của", offset: 0, span: 11 }]);
    expect(check("repeatedWords", { body: doc(para("Nghệ nghe\u0323\u0302 An")) }).count).toBe(1);
  });

  it("leaves words set apart by punctuation or a line break, numbers, and words a language doubles on purpose", () => {
    const body = doc(para("Đi, đi ngay!"), para("Xong", { type: "hardBreak" }, "xong"), para("Tỷ số 2 2 nghiêng về đội nhà."), para("Người người, nhà nhà thi đua; từ từ mà đi; ba ba, chôm chôm."));
    expect(check("repeatedWords", { body }).state).toBe("pass");
    // English does not double "từ" on purpose, nor Vietnamese "the".
    expect(check("repeatedWords", { language: "en", body: doc(para("từ từ")) }).count).toBe(1);
    expect(check("repeatedWords", { language: "en-GB", body: doc(para("He had had enough of the the rain.")) }).details).toEqual([
      { item: "paragraph", position: 1, text: "the the", offset: 21, span: 7 },
    ]);
  });
});

describe("unbalanced", () => {
  it("pairs quotes and brackets", () => {
    for (const text of ["Ông nói: “Chúng tôi sẽ làm (sớm)”.", "« Bonjour » [sic]", 'Anh "Tư" kể', "Cô ‘Út’ nói", "“Nested ‘quote’ here”", "Không có dấu nào"]) {
      expect(firstUnbalanced(text), text).toBe(-1);
    }
  });

  it("finds the first mark left unpaired", () => {
    expect(firstUnbalanced("Ông nói: “Chúng tôi sẽ làm")).toBe(9);
    expect(firstUnbalanced("xong rồi” anh nói")).toBe(8);
    expect(firstUnbalanced("(chưa đóng [cũng chưa")).toBe(0);
    expect(firstUnbalanced('Anh "Tư kể')).toBe(4);
    expect(firstUnbalanced("“(sai thứ tự”)")).toBe(1);
  });

  it("takes a lone ’ for an apostrophe, and list markers and smileys for what they are", () => {
    for (const text of ["Don’t stop", "the editors’ room", "a) Điều kiện; b) Hồ sơ", "1) Một 2) Hai", "Vui quá :)", "Điều 5) quy định"]) {
      expect(firstUnbalanced(text), text).toBe(-1);
    }
    expect(firstUnbalanced("‘Một mình")).toBe(0);
  });

  it("warns once per place, with a piece of the text from the mark", () => {
    const result = check("unbalanced", { title: "“Mùa vàng", body: doc(para("Đủ cặp (ok)."), para("Thiếu (ngoặc đóng ở đây và còn dài nữa mới hết câu này (")) });
    expect(result.details[0]).toEqual({ item: "title", text: "“Mùa vàng", offset: 0, span: 1 });
    expect(result.details[1]).toMatchObject({ item: "paragraph", position: 2, offset: 6, span: 1 });
    expect(result.details[1].text.startsWith("Thiếu (ngoặc")).toBe(true);
    expect(result.count).toBe(2);
  });
});

describe("doubleSpaces", () => {
  it("finds two or more spaces between words, once per place, and leaves the ends alone", () => {
    const result = check("doubleSpaces", {
      lead: "Sáng  nay",
      body: doc(para(" Đầu dòng có cách. "), para("Giữa\u00a0 câu và   nữa.")),
    });
    expect(result.details).toEqual([
      { item: "lead", text: "Sáng  nay", offset: 4, span: 2 },
      { item: "paragraph", position: 2, text: "Giữa\u00a0 câu và   nữa.", offset: 4, span: 2 },
    ]);
  });
});

describe("text places", () => {
  it("lists the fields, then the body's paragraphs and headings (in lists, quotes and cells too), numbered by type", () => {
    const list: JsonNode = { type: "bulletList", content: [{ type: "listItem", content: [para("Mục một")] }] };
    const table: JsonNode = { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [para("Ô")] }] }] };
    const places = textPlaces({ ...base, body: doc(heading("H"), para("A"), list, { type: "blockquote", content: [para("Q")] }, figure("x"), table) });
    expect(places.map((p) => [p.item, p.position ?? null, p.text])).toEqual([
      ["title", null, base.title],
      ["lead", null, base.lead],
      ["seoTitle", null, ""],
      ["seoDescription", null, ""],
      ["heading", 1, "H"],
      ["paragraph", 1, "A"],
      ["paragraph", 2, "Mục một"],
      ["paragraph", 3, "Q"],
      ["paragraph", 4, "Ô"],
    ]);
  });

  it("counts each inline node that is not text as one character, as the editor does", () => {
    const [, , , , place] = textPlaces({ ...base, body: doc(para("Dòng một", { type: "hardBreak" }, "dòng  hai")) });
    expect(place.text).toBe("Dòng một\ndòng  hai");
    expect(check("doubleSpaces", { body: doc(para("Dòng một", { type: "hardBreak" }, "dòng  hai")) }).details[0].offset).toBe(13);
  });
});
