import { describe, expect, it } from "vitest";
import { convertToneStyle, countOtherStyle, toToneStyle } from "@/lib/vietnamese/tone-style";

// Each pair: tone on the first vowel, tone on the main (second) vowel.
const PAIRS: Array<[string, string]> = [
  ["hòa", "hoà"], ["hóa", "hoá"], ["hỏa", "hoả"], ["họa", "hoạ"], ["lõa", "loã"],
  ["thúy", "thuý"], ["thủy", "thuỷ"], ["lũy", "luỹ"], ["tụy", "tuỵ"], ["ủy", "uỷ"],
  ["khỏe", "khoẻ"], ["xòe", "xoè"], ["lóe", "loé"], ["òa", "oà"],
];

describe("toToneStyle", () => {
  it("moves the mark of oa, oe, uy both ways", () => {
    for (const [first, main] of PAIRS) {
      expect(toToneStyle(first, "mainVowel")).toBe(main);
      expect(toToneStyle(main, "firstVowel")).toBe(first);
      // Already in the style: unchanged.
      expect(toToneStyle(first, "firstVowel")).toBe(first);
      expect(toToneStyle(main, "mainVowel")).toBe(main);
    }
  });

  it("keeps capitals where they were", () => {
    expect(toToneStyle("Hoà", "firstVowel")).toBe("Hòa");
    expect(toToneStyle("Hòa", "mainVowel")).toBe("Hoà");
    expect(toToneStyle("HOÀ", "firstVowel")).toBe("HÒA");
    expect(toToneStyle("THÚY", "mainVowel")).toBe("THUÝ");
    expect(toToneStyle("Ủy", "mainVowel")).toBe("Uỷ");
    expect(toToneStyle("KhOẻ", "firstVowel")).toBe("KhỎe");
  });

  it("never changes words whose mark has one place", () => {
    for (const word of ["hoàng", "thuyết", "quý", "quá", "Quỳnh", "hoài", "khuya", "thuế", "hoa", "thuy", "toàn", "người", "Việt"]) {
      expect(toToneStyle(word, "firstVowel")).toBe(word);
      expect(toToneStyle(word, "mainVowel")).toBe(word);
    }
  });

  it("leaves words of other languages alone", () => {
    for (const word of ["Zoé", "Noël", "toé-toé", "café"]) {
      expect(toToneStyle(word, "firstVowel")).toBe(word);
    }
  });

  it("reads decomposed words and answers NFC", () => {
    const out = toToneStyle("hòa".normalize("NFD"), "mainVowel");
    expect(out).toBe("hoà");
    expect(out).toBe(out.normalize("NFC"));
  });
});

describe("convertToneStyle and countOtherStyle", () => {
  const text = "Thanh Hoá hoà bình, sức khỏe và thủy điện; quý khách hoàng hôn. Hòa!";

  it("converts every word of a text and counts them", () => {
    expect(convertToneStyle(text, "mainVowel")).toEqual({
      text: "Thanh Hoá hoà bình, sức khoẻ và thuỷ điện; quý khách hoàng hôn. Hoà!",
      changed: 3,
    });
    expect(convertToneStyle(text, "firstVowel")).toEqual({
      text: "Thanh Hóa hòa bình, sức khỏe và thủy điện; quý khách hoàng hôn. Hòa!",
      changed: 2,
    });
  });

  it("counts the words in the other style without changing anything", () => {
    expect(countOtherStyle(text, "mainVowel")).toBe(3);
    expect(countOtherStyle(text, "firstVowel")).toBe(2);
    expect(countOtherStyle("Hello world", "firstVowel")).toBe(0);
  });

  it("round-trips", () => {
    const there = convertToneStyle(text, "firstVowel").text;
    const back = convertToneStyle(there, "mainVowel").text;
    expect(convertToneStyle(back, "firstVowel").text).toBe(there);
  });
});
