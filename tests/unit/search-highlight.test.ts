// The search page's highlighter: the words a search matched, found with the
// index's folding (no case, no diacritics, đ as d) in Vietnamese, composed
// or decomposed, in Russian and in English; segments always join back into
// the original text.
import { describe, expect, it } from "vitest";
import { queryWords } from "@/lib/search/fold";
import { firstMatch, highlight, type Segment } from "@/lib/search/highlight";

function marked(text: string, query: string): Segment[] {
  const segments = highlight(text, queryWords(query));
  expect(segments.map((s) => s.text).join("")).toBe(text);
  return segments;
}

const matches = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);

describe("highlight", () => {
  it("marks Vietnamese words typed without diacritics, adjacent words as one", () => {
    expect(marked("Hà Nội mở rộng đường vành đai", "ha noi")).toEqual([
      { text: "Hà Nội", match: true },
      { text: " mở rộng đường vành đai", match: false },
    ]);
  });

  it("folds đ/Đ to d, in the text and in the query", () => {
    expect(matches(marked("Đường ven biển, đường sắt", "duong"))).toEqual(["Đường", "đường"]);
    expect(matches(marked("Duong ven bien", "ĐƯỜNG"))).toEqual(["Duong"]);
  });

  it("marks decomposed text (NFD) and keeps it decomposed", () => {
    const text = "Lễ hội Đền Cuông".normalize("NFD");
    const segments = marked(text, "le hoi");
    expect(segments[0]).toEqual({ text: "Lễ hội".normalize("NFD"), match: true });
    expect(segments[0].text).not.toBe("Lễ hội");
    // A decomposed query finds composed text too.
    expect(matches(marked("Lễ hội Đền Cuông", "ĐỀN".normalize("NFD")))).toEqual(["Đền"]);
  });

  it("marks Russian words in any case, ё as е", () => {
    expect(matches(marked("Развитие ДЕМОКРАТИИ в Нгеане", "демократии"))).toEqual(["ДЕМОКРАТИИ"]);
    expect(matches(marked("Ёлка на площади", "елка"))).toEqual(["Ёлка"]);
  });

  it("marks English words whole, the last query word also as a prefix", () => {
    expect(matches(marked("Harbour cargo reaches the harbourside", "harbour"))).toEqual(["Harbour", "harbourside"]);
    // Only the last word is a prefix: "car" does not mark "cargo" here…
    expect(matches(marked("The car and the cargo ship", "car ship"))).toEqual(["car", "ship"]);
    // …but does as the last word.
    expect(matches(marked("The car and the cargo ship", "ship car"))).toEqual(["car", "cargo ship"]);
  });

  it("does not mark a word inside another word", () => {
    expect(matches(marked("Thuận Hòa, Hoàng", "hoa ngh"))).toEqual(["Hòa"]);
    expect(matches(marked("Anh ấy đi thanh hóa", "an"))).toEqual(["Anh"]);
    expect(matches(marked("Anh ấy đi thanh hóa", "an x"))).toEqual([]);
  });

  it("keeps punctuation and markup-like text as plain text", () => {
    expect(marked("<b>Cửa Lò</b> & biển", "cua lo")).toEqual([
      { text: "<b>", match: false },
      { text: "Cửa Lò", match: true },
      { text: "</b> & biển", match: false },
    ]);
  });

  it("marks nothing for no words, or an empty text", () => {
    expect(marked("Hà Nội", "")).toEqual([{ text: "Hà Nội", match: false }]);
    expect(marked("Hà Nội", "!!!")).toEqual([{ text: "Hà Nội", match: false }]);
    expect(marked("", "ha")).toEqual([]);
  });

  it("finds the first match's offsets", () => {
    const text = "Tin mới: Nghệ An đón khách";
    const range = firstMatch(text, queryWords("nghe"));
    expect(range && text.slice(range.start, range.end)).toBe("Nghệ");
    expect(firstMatch(text, queryWords("zzz"))).toBeNull();
  });
});
