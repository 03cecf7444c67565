// The string rules of cleaning pasted text: what Google Docs' and Word's
// inline styles mean (components/newsroom/editor/paste/inline-styles.ts),
// how Word's fake list paragraphs name their list, level and numbering
// (word-lists.ts), and which pasted files are uploaded as they are
// (clipboard-files.ts).
import { describe, expect, it } from "vitest";
import { pastedImageFiles } from "@/components/newsroom/editor/paste/clipboard-files";
import { formattingOf, parseStyle } from "@/components/newsroom/editor/paste/inline-styles";
import { markerKind, wordListOf } from "@/components/newsroom/editor/paste/word-lists";

describe("inline styles", () => {
  it("reads declarations case-insensitively, the last one winning, !important ignored", () => {
    const css = parseStyle("Font-Weight: 700; color:#1155CC;font-weight:400 !important;;bogus");
    expect(css.get("font-weight")).toBe("400");
    expect(css.get("color")).toBe("#1155cc");
    expect(css.has("bogus")).toBe(false);
  });

  it("does not make Google Docs' wrapper <b style=\"font-weight:normal\"> bold", () => {
    expect(formattingOf("b", "font-weight:normal;")).toEqual({ bold: false });
    expect(formattingOf("B", "")).toEqual({ bold: true });
  });

  it("reads Google Docs' bold, italic, underline and strike spans", () => {
    const span = (style: string) => formattingOf("span", style);
    expect(span("font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;font-style:normal;text-decoration:none;")).toEqual({
      bold: true,
      italic: false,
      underline: false,
      strike: false,
    });
    expect(span("font-weight:400;font-style:italic;")).toMatchObject({ bold: false, italic: true });
    expect(span("text-decoration:underline;-webkit-text-decoration-skip:none;")).toMatchObject({ underline: true, strike: false });
    expect(span("text-decoration:line-through;")).toMatchObject({ strike: true, underline: false });
    expect(span("font-weight:bold")).toMatchObject({ bold: true });
    expect(span("font-weight:600")).toMatchObject({ bold: true });
    expect(span("font-weight:500")).toMatchObject({ bold: false });
    expect(span("color:red")).toEqual({});
  });

  it("keeps Word's <b> and <i> bold and italic despite their mso- styles", () => {
    expect(formattingOf("b", "mso-bidi-font-weight:normal")).toEqual({ bold: true });
    expect(formattingOf("i", "mso-bidi-font-style:normal")).toEqual({ italic: true });
    expect(formattingOf("span", "mso-bidi-font-weight:bold")).toEqual({});
  });
});

describe("Word's list paragraphs", () => {
  it("name their list and level in mso-list, across the line breaks Word puts in styles", () => {
    expect(wordListOf("margin-left:36.0pt;mso-add-space:\r\nauto;text-indent:-18.0pt;mso-list:l0 level1 lfo1")).toEqual({ list: "l0 lfo1", level: 1 });
    expect(wordListOf("mso-list:l1 level3 lfo2;tab-stops:list 108.0pt")).toEqual({ list: "l1 lfo2", level: 3 });
    expect(wordListOf("mso-list:Ignore")).toBeNull();
    expect(wordListOf("margin-left:36pt")).toBeNull();
  });

  it("are numbered when their marker is a number, letter or roman numeral, else bulleted", () => {
    expect(markerKind("1.\u00a0\u00a0\u00a0\u00a0\u00a0 ")).toEqual({ ordered: true, start: 1 });
    expect(markerKind("3)")).toEqual({ ordered: true, start: 3 });
    expect(markerKind("(12)")).toEqual({ ordered: true, start: 12 });
    expect(markerKind("a.")).toEqual({ ordered: true, start: 1 });
    expect(markerKind("iv.")).toEqual({ ordered: true, start: 1 });
    for (const bullet of ["·\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 ", "o\u00a0\u00a0 ", "§", "-", "", "•"]) expect(markerKind(bullet), bullet).toEqual({ ordered: false });
  });
});

describe("pasted image files", () => {
  const png = new File([new Uint8Array([137, 80, 78, 71])], "image.png", { type: "image/png" });
  const clipboard = (text: string, files: File[]) => ({ files: files as unknown as FileList, getData: (type: string) => (type === "text/plain" ? text : "<p>x</p>") });

  it("are uploaded when the clipboard holds only an image", () => {
    expect(pastedImageFiles(clipboard("", [png]))).toEqual([png]);
  });

  it("are ignored beside text: Word's picture of the copied words is not the words", () => {
    expect(pastedImageFiles(clipboard("Mùa lúa mới ở Nam Đàn", [png]))).toEqual([]);
    expect(pastedImageFiles(clipboard("text", []))).toEqual([]);
    expect(pastedImageFiles(null)).toEqual([]);
  });
});
