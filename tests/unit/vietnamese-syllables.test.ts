import { describe, expect, it } from "vitest";
import { isVietnameseSyllable } from "@/lib/vietnamese/syllables";

describe("isVietnameseSyllable", () => {
  it("accepts Vietnamese syllables of every shape, in any case", () => {
    const words =
      "a ở ăn ấy yêu yến uỷ oà khuya khuỷu nghiêng nghĩa giữa gì giường già quý quỳnh quân quang quên quốc thuyết hoàng hòa hoà thúy thuý khỏe khoẻ người được trường Việt Nam Hà Nội Nghệ An đồng chí ngoằn ngoèo boong xoong kiến kẻ ghế cá gà tạp tuất ếch bạch";
    for (const w of words.split(" ")) {
      expect(isVietnameseSyllable(w), w).toBe(true);
      expect(isVietnameseSyllable(w.toUpperCase()), w.toUpperCase()).toBe(true);
      expect(isVietnameseSyllable(w.normalize("NFD")), `${w} (NFD)`).toBe(true);
    }
  });

  it("refuses what Vietnamese spelling does not allow", () => {
    const words = [
      "hello", "Müller", "café", "strong", "jazz", "wifi",
      // k/gh/ngh only before i, y, e, ê; c/ng never there; qu never before o/u
      "ka", "ghá", "ngha", "ci", "nge", "quo",
      // two tones, a tone on a consonant or the wrong vowel
      "hoàá", "ngheọ", "toán".replace("á", "a") + "\u0301".repeat(2), "mìa".replace("ì", "i") + "\u0300",
      // a rhyme on p/t/c/ch with a tone other than sắc or nặng
      "tàp", "hỏc", "bãch",
      // legacy bytes read as Latin-1
      "Hµ", "Néi", "Haø", "Noäi",
      "",
    ];
    for (const w of words) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});
