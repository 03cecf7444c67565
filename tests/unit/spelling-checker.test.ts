// The spelling core (lib/spelling/checker.ts) with the real dictionaries:
// which tokens it looks at, what it accepts (both tone-mark styles, capitals,
// added words in any case), what it flags and what it suggests.
import english from "dictionary-en";
import vietnamese from "dictionary-vi";
import { describe, expect, it } from "vitest";
import { createSpellChecker, tokenize } from "@/lib/spelling/checker";

const files = (pkg: string) => (pkg === "dictionary-vi" ? vietnamese : english);
const words = (text: string) => tokenize(text).map((t) => t.word);

describe("tokenize", () => {
  it("gives words with their offsets, splitting hyphenated words into parts", () => {
    const text = "Ông đến Mát-xcơ-va hôm qua.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(["Ông", "đến", "Mát", "xcơ", "va", "hôm", "qua"]);
    for (const t of tokens) expect(text.slice(t.from, t.to)).toBe(t.word);
  });

  it("skips numbers, URLs, e-mail addresses, short abbreviations in capitals and single letters", () => {
    expect(words("UBND tỉnh họp lúc 8h ngày 23/6 với G7, xem https://baonghean.vn/tin-moi hoặc viết toasoan@baonghean.vn a")).toEqual(["tỉnh", "họp", "lúc", "ngày", "với", "xem", "hoặc", "viết"]);
  });

  it("keeps apostrophes inside a word and counts decomposed text by its own offsets", () => {
    expect(words("don’t O'Neill")).toEqual(["don’t", "O'Neill"]);
    const nfd = "Nghệ An".normalize("NFD");
    const [first] = tokenize(nfd);
    expect(nfd.slice(first.from, first.to)).toBe("Nghệ".normalize("NFD"));
  });
});

describe("Vietnamese", () => {
  const vi = createSpellChecker("vi", files("dictionary-vi"));

  it("accepts correct syllables, in capitals and at the start of a sentence, and NFD input", () => {
    expect(vi.check("Tập trung xây dựng mô hình nông thôn mới. Hoà bình và khoẻ mạnh.")).toEqual([]);
    expect(vi.correct("Nghệ".normalize("NFD"))).toBe(true);
  });

  it("flags misspelt syllables with their place in the paragraph", () => {
    const text = "Tỉnh Nghệ An xâyy dựng nôngg thôn";
    expect(vi.check(text).map((t) => [t.word, text.slice(t.from, t.to)])).toEqual([
      ["xâyy", "xâyy"],
      ["nôngg", "nôngg"],
    ]);
  });

  it("accepts both tone-mark styles (hòa and hoà)", () => {
    expect(vi.correct("hoà")).toBe(true);
    expect(vi.correct("hòa")).toBe(true);
    expect(vi.correct("thúy")).toBe(true);
  });

  it("suggests the right syllable, in the word's case", () => {
    expect(vi.suggest("xâyy")).toContain("xây");
    expect(vi.suggest("Xâyy")).toContain("Xây");
    expect(vi.suggest("xâyy").length).toBeLessThanOrEqual(5);
  });

  it("accepts added words in any case once added, and not before", () => {
    const checker = createSpellChecker("vi", files("dictionary-vi"));
    expect(checker.correct("Sapo")).toBe(false);
    checker.add(["Sapo"]);
    expect(checker.correct("Sapo")).toBe(true);
    expect(checker.correct("sapo")).toBe(true);
  });
});

describe("English", () => {
  const en = createSpellChecker("en-GB", files("dictionary-en"));

  it("flags misspellings and suggests corrections", () => {
    expect(en.check("We recieve the paper at dawn.").map((t) => t.word)).toEqual(["recieve"]);
    expect(en.suggest("recieve")).toContain("receive");
    expect(en.check("The well-known newsroom doesn’t sleep.")).toEqual([]);
  });
});
