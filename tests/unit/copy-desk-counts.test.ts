import { describe, expect, it } from "vitest";
import { countText } from "@/lib/copy-desk/counts";

describe("countText", () => {
  it("counts Vietnamese in syllables (chữ), numbers and hyphenated forms as one word", () => {
    const text = "Bà Rịa-Vũng Tàu có 1.000 người – ngày 23/6, COVID-19 “đã” qua.";
    expect(countText(text, "vi")).toEqual({ unit: "syllable", units: 12, words: 11, characters: 62, readingMinutes: 1 });
  });

  it("counts decomposed text the same as composed", () => {
    const text = "Nghệ An đón Tết";
    expect(countText(text.normalize("NFD"), "vi-VN")).toEqual(countText(text, "vi"));
    expect(countText(text.normalize("NFD"), "vi").characters).toBe(15);
  });

  it("counts other languages in words", () => {
    expect(countText("The quick brown fox — jumps over the well-known dog.", "en")).toMatchObject({ unit: "word", units: 9, words: 9 });
    expect(countText("Привет, мир", null)).toMatchObject({ unit: "word", units: 2, words: 2 });
  });

  it("collapses white space in the character count", () => {
    expect(countText("  Hà   Nội \n\n mùa thu ", "vi").characters).toBe("Hà Nội mùa thu".length);
  });

  it("gives the reading time in whole minutes from the language's speed", () => {
    expect(countText("", "vi")).toEqual({ unit: "syllable", units: 0, words: 0, characters: 0, readingMinutes: 0 });
    const syllables = (n: number) => Array.from({ length: n }, () => "chữ").join(" ");
    expect(countText(syllables(250), "vi").readingMinutes).toBe(1);
    expect(countText(syllables(251), "vi").readingMinutes).toBe(2);
    expect(countText(syllables(1000), "vi").readingMinutes).toBe(4);
    expect(countText(Array.from({ length: 231 }, () => "word").join(" "), "en").readingMinutes).toBe(2);
  });
});
