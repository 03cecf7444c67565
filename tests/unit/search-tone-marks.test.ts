import { describe, expect, it } from "vitest";
import { foldForSearch, indexText, queryWords, toFtsQuery, toTsQuery } from "@/lib/search/fold";

// Search folds tone marks away (lib/search/fold.ts), so both placements of
// the mark on "oa", "oe", "uy" — and text in either normalisation form — are
// the same word to the index and to the query.
describe("search folding and tone-mark styles", () => {
  it("folds both styles, composed or decomposed, to one word", () => {
    for (const word of ["hoà", "hòa", "HOÀ", "Hòa", "hoà".normalize("NFD"), "HÒA".normalize("NFD")]) {
      expect(foldForSearch(word), word).toBe("hoa");
    }
    expect(indexText("Thuý và thúy khoẻ, khỏe")).toBe("thuy va thuy khoe khoe");
  });

  it("indexes and queries the same words whichever style each side uses", () => {
    const stored = indexText("Hoà giải ở Thanh Hóa");
    for (const query of ["hoa giai", "hòa giải", "hoà giải", "HÒA GIẢI".normalize("NFD"), "thanh hoá"]) {
      for (const word of queryWords(query)) expect(stored.split(" "), query).toContain(word);
    }
  });

  it("makes the same engine queries for every spelling", () => {
    const spellings = ["hoa", "hoà", "hòa", "hoà".normalize("NFD")];
    expect(new Set(spellings.map(toFtsQuery))).toEqual(new Set(['"hoa"*']));
    expect(new Set(spellings.map(toTsQuery))).toEqual(new Set(["'hoa':*"]));
  });
});
