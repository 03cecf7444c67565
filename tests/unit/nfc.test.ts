import { describe, expect, it } from "vitest";
import { nfc, nfcJson, nfcNode } from "@/lib/text/nfc";
import { mediaTextSchema } from "@/lib/media/items";

const DECOMPOSED = "Nghệ An".normalize("NFD");

describe("nfc", () => {
  it("composes decomposed Vietnamese", () => {
    expect(DECOMPOSED).not.toBe("Nghệ An");
    expect(nfc(DECOMPOSED)).toBe("Nghệ An");
    expect(nfc("Nghệ An")).toBe("Nghệ An");
  });

  it("normalises every text and string attribute of a body, marks included", () => {
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: DECOMPOSED, marks: [{ type: "link", attrs: { href: "https://x.vn/", title: DECOMPOSED } }] }] },
        { type: "figure", attrs: { src: "/a.jpg", alt: DECOMPOSED, caption: DECOMPOSED, width: 640, wide: false, credit: null } },
      ],
    };
    const out = nfcNode(body);
    expect(JSON.stringify(out)).toBe(JSON.stringify(body).normalize("NFC"));
    expect(out.content?.[0].content?.[0].marks?.[0].attrs?.title).toBe("Nghệ An");
    expect(out.content?.[1].attrs).toEqual({ src: "/a.jpg", alt: "Nghệ An", caption: "Nghệ An", width: 640, wide: false, credit: null });
    // The input is not changed.
    expect(body.content[1].attrs?.alt).toBe(DECOMPOSED);
  });

  it("leaves values other than strings, and keys, as they are", () => {
    expect(nfcJson({ [DECOMPOSED]: [1, true, null, DECOMPOSED] })).toEqual({ [DECOMPOSED]: [1, true, null, "Nghệ An"] });
  });

  it("does not recurse without end into a hostile document", () => {
    let deep: unknown = DECOMPOSED;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => nfcJson(deep)).not.toThrow();
  });
});

describe("the library's texts", () => {
  it("are stored composed, like an article's", () => {
    const parsed = mediaTextSchema.parse({ alt: " Cầu Bến Thủy ".normalize("NFD"), caption: "Nghệ An".normalize("NFD"), credit: "Ảnh: Thành Duy".normalize("NFD") });
    expect(parsed).toEqual({ alt: "Cầu Bến Thủy", caption: "Nghệ An", credit: "Ảnh: Thành Duy" });
  });
});
