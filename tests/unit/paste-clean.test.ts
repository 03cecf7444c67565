// @vitest-environment happy-dom
// The pasted-HTML cleaner (components/newsroom/editor/paste/clean-html.ts) on
// the clipboard HTML of Word for Windows and Google Docs (tests/fixtures/paste/).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanPastedDocument, IMAGE_MARKER } from "@/components/newsroom/editor/paste/clean-html";

function clean(name: string) {
  const doc = new DOMParser().parseFromString(readFileSync(`tests/fixtures/paste/${name}`, "utf8"), "text/html");
  const images = cleanPastedDocument(doc);
  return { body: doc.body, html: doc.body.innerHTML, images };
}
const texts = (root: Element, selector: string) => Array.from(root.querySelectorAll(selector)).map((e) => e.textContent!.replace(/\s+/g, " ").trim());

describe.each(["word.html", "google-docs.html"])("%s", (name) => {
  it("keeps no styling, classes, comments or Office tags", () => {
    const { html } = clean(name);
    expect(html).not.toMatch(/style=|class=|<!--|<o:p|<v:|<meta|<style|mso-|docs-internal-guid|<span|<font|<b[ >]|<i[ >]/);
  });
});

describe("Word", () => {
  it("keeps headings at the body's levels, bold, italic and the link", () => {
    const { body } = clean("word.html");
    expect(texts(body, "h2")).toEqual(["Nam Đàn vào vụ gặt hè thu sớm"]);
    expect(texts(body, "h3")).toEqual(["Những giống lúa chủ lực"]);
    expect(texts(body, "strong")).toEqual(["lúa hè thu", "Xã", "Năng suất (tấn/ha)"]);
    expect(texts(body, "em")).toEqual(["Phòng Nông nghiệp và Phát triển nông thôn huyện", "Ảnh: Thanh Hà"]);
    expect(body.querySelector("a")!.getAttribute("href")).toBe("https://baonghean.vn/nong-nghiep");
  });
  it("turns the fake bullets into nested lists and the numbers into an ordered list", () => {
    const { body } = clean("word.html");
    expect(texts(body, "body > ul > li > p")).toEqual(["Bắc Thịnh, gieo trên 1.200 ha;", "Thiên ưu 8, năng suất cao nhất vùng."]);
    expect(texts(body, "ul > li > ul > li")).toEqual(["chủ yếu ở các xã ven sông Lam;"]);
    expect(texts(body, "ol > li")).toEqual(["Gặt khi 85% số hạt trên bông đã chín;", "Phơi khô, quạt sạch trước khi nhập kho."]);
    expect(body.textContent).not.toMatch(/·|§/);
  });
  it("keeps the line break and the table's cells, drops empty paragraphs, marks the image", () => {
    const { body, images } = clean("word.html");
    expect(body.querySelectorAll("p br")).toHaveLength(1);
    expect(texts(body, "td")).toEqual(["Xã", "Năng suất (tấn/ha)", "Nam Giang", "6,4", "Xuân Hòa", "5,9"]);
    expect(Array.from(body.querySelectorAll("p")).filter((p) => !p.textContent!.trim())).toEqual([]);
    expect(images).toEqual([{ src: "file:///C:/Users/PHONGV~1/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg", alt: "" }]);
    expect(texts(body, "p").filter((t) => t === IMAGE_MARKER)).toHaveLength(1);
  });
});

describe("Google Docs", () => {
  it("does not make everything bold, and drops the underline inside the link", () => {
    const { body } = clean("google-docs.html");
    expect(texts(body, "strong")).toEqual(["hơn 3 triệu lượt khách", "Dịch vụ", "Giá (đồng)"]);
    expect(texts(body, "em")).toEqual(["Sở Du lịch Nghệ An", "Ảnh: Hồ Phương"]);
    expect(body.querySelectorAll("u")).toHaveLength(0);
    expect(texts(body, 'a[href="https://baonghean.vn/du-lich"]')).toEqual(["Báo Nghệ An"]);
  });
  it("keeps headings, nests the sub-list in its item, keeps the line break and the table", () => {
    const { body, images } = clean("google-docs.html");
    expect(texts(body, "h2")).toEqual(["Cửa Lò sẵn sàng cho mùa du lịch biển"]);
    expect(texts(body, "h3")).toEqual(["Những điểm mới của mùa hè"]);
    expect(texts(body, "ul > li > ul > li")).toEqual(["có bắn pháo hoa vào đêm khai mạc;"]);
    expect(body.querySelectorAll("ul > ul")).toHaveLength(0);
    expect(body.querySelectorAll("body > br")).toHaveLength(0);
    expect(body.querySelectorAll("p br")).toHaveLength(1);
    expect(texts(body, "td")).toEqual(["Dịch vụ", "Giá (đồng)", "Ghế và ô dù", "50.000", "Tắm nước ngọt", "15.000"]);
    expect(images[0].src).toMatch(/^https:\/\/lh7-rt\.googleusercontent\.com\/docsz\//);
  });
});
