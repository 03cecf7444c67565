// The newsroom dictionary's word rules (lib/spelling/word-form.ts): the form a
// word is kept in, the key its spellings share, and what is refused.
import { describe, expect, it } from "vitest";
import { WORD_MAX_LENGTH, wordForm, wordKey, wordProblem } from "@/lib/spelling/word-form";

describe("word form", () => {
  it("is NFC and trimmed, with the case kept", () => {
    const nfd = " Hoà\u00a0".normalize("NFD");
    expect(wordForm(nfd)).toBe("Hoà");
    expect(wordForm(nfd).length).toBe(3);
  });

  it("shares one key between spellings that differ in case or Unicode form only", () => {
    expect(wordKey("ĐẮK")).toBe(wordKey("đắk".normalize("NFD")));
    expect(wordKey("Vinh")).toBe("vinh");
    // The tone-mark styles are different spellings here; the checker's lookup form joins them.
    expect(wordKey("hoà")).not.toBe(wordKey("hòa"));
  });
});

describe("word problems", () => {
  it("accepts one word of letters and marks, with apostrophes or hyphens between letters", () => {
    for (const word of ["Vinh", "nghệ", "O'Neill", "d’Arc", "Bà-Rịa", "Москва", "東京", "x".repeat(WORD_MAX_LENGTH)]) expect(wordProblem(word), word).toBeNull();
  });

  it("refuses nothing, more than one word, digits, signs and words too long", () => {
    expect(wordProblem(" \t")).toBe("empty");
    expect(wordProblem("x".repeat(WORD_MAX_LENGTH + 1))).toBe("tooLong");
    // Length counts characters after NFC: a decomposed word of 60 letters fits.
    expect(wordProblem("ệ".repeat(WORD_MAX_LENGTH).normalize("NFD"))).toBeNull();
    for (const text of ["hai từ", "G7", "a.b", "-ab", "ab-", "a--b", "a'-b", "e-mail@x", "“Vinh”"]) expect(wordProblem(text), text).toBe("notOneWord");
  });
});
