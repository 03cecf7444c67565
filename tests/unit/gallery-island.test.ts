// @vitest-environment happy-dom
// The gallery island (lib/reader/assets/gallery.js), run as it is served
// (lib/reader/assets.ts compacts it) on the HTML lib/content/galleries.ts
// renders: one picture at a time with the others hidden (not removed), the
// counter and caption in a polite live region, buttons, arrow keys,
// Home/End, swipes, texts from the page; photo stories and pages without
// galleries are left alone. And it stays small and free of eval.
import { gzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { loadReaderAssets } from "@/lib/reader/assets";
import { renderBodyHtml } from "@/lib/content/body-html";

const island = loadReaderAssets().islands.gallery;

const image = (n: number) => ({
  type: "galleryImage",
  attrs: { src: `/media/p${n}-720.webp`, mediaId: null, width: 720, height: 480, alt: `Ảnh ${n}`, caption: `Chú thích ${n}`, credit: `Tác giả ${n}` },
});
const galleryHtml = (count: number, layout = "slideshow") =>
  renderBodyHtml(
    { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Mở đầu" }] }, { type: "gallery", attrs: { layout }, content: Array.from({ length: count }, (_, i) => image(i + 1)) }] },
    new Map(),
  );

function page(body: string) {
  document.body.innerHTML =
    `<div class="article-body" data-gallery-label="Bộ ảnh" data-gallery-role="trình chiếu ảnh" data-gallery-previous="Ảnh trước" data-gallery-next="Ảnh tiếp theo">${body}</div>`;
  new Function(island.body)();
  const gallery = document.querySelector<HTMLElement>("figure.gallery")!;
  const slides = () => Array.from(gallery?.querySelectorAll<HTMLLIElement>(".gallery-slides > li") ?? []);
  return {
    gallery,
    slides,
    visible: () => slides().filter((s) => !s.hidden).map((s) => s.querySelector("img")!.getAttribute("alt")),
    status: () => gallery.querySelector(".gallery-status")!,
    prev: () => gallery.querySelector<HTMLButtonElement>(".gallery-prev")!,
    next: () => gallery.querySelector<HTMLButtonElement>(".gallery-next")!,
    key: (key: string, target: Element = gallery.querySelector(".gallery-slides")!) =>
      target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true })),
  };
}

beforeEach(() => {
  document.body.innerHTML = "";
});

describe("the gallery island", () => {
  it("shows the first picture, the counter and caption in a live region, and named buttons", () => {
    const p = page(galleryHtml(4));
    expect(p.slides()).toHaveLength(4);
    expect(p.visible()).toEqual(["Ảnh 1"]);
    expect(p.status().getAttribute("aria-live")).toBe("polite");
    expect(p.status().textContent).toBe("1 / 4 Chú thích 1 Tác giả 1");
    expect(p.prev().getAttribute("aria-label")).toBe("Ảnh trước");
    expect(p.next().getAttribute("aria-label")).toBe("Ảnh tiếp theo");
    expect(p.prev().disabled).toBe(true);
    expect(p.gallery.getAttribute("aria-label")).toBe("Bộ ảnh");
    expect(p.gallery.getAttribute("aria-roledescription")).toBe("trình chiếu ảnh");
  });

  it("turns with the buttons, and stops at the ends", () => {
    const p = page(galleryHtml(3));
    p.next().click();
    expect(p.visible()).toEqual(["Ảnh 2"]);
    expect(p.status().textContent).toContain("2 / 3");
    p.next().click();
    expect(p.next().disabled).toBe(true);
    p.next().click();
    expect(p.visible()).toEqual(["Ảnh 3"]);
    p.prev().click();
    expect(p.visible()).toEqual(["Ảnh 2"]);
  });

  it("follows the arrow keys, Home and End while focus is inside", () => {
    const p = page(galleryHtml(5));
    expect(p.key("ArrowRight")).toBe(false); // handled: default prevented
    expect(p.status().textContent).toContain("2 / 5");
    p.key("End", p.next());
    expect(p.visible()).toEqual(["Ảnh 5"]);
    p.key("ArrowLeft");
    expect(p.visible()).toEqual(["Ảnh 4"]);
    p.key("Home");
    expect(p.visible()).toEqual(["Ảnh 1"]);
    // Other keys go on to the page.
    expect(p.key("ArrowDown")).toBe(true);
    expect(p.key("ArrowRight", document.body)).toBe(true);
    expect(p.visible()).toEqual(["Ảnh 1"]);
  });

  it("keeps the hidden pictures in the page and starts loading the next one", () => {
    const p = page(galleryHtml(3));
    expect(document.querySelectorAll(".gallery-slides img")).toHaveLength(3);
    const imgs = Array.from(document.querySelectorAll(".gallery-slides img"));
    // The first is the lead image; the second is about to be wanted.
    expect(imgs[1].getAttribute("loading")).toBe("eager");
    expect(imgs[2].getAttribute("loading")).toBe("lazy");
    p.next().click();
    expect(imgs[2].getAttribute("loading")).toBe("eager");
  });

  it("turns on a sideways swipe, not on a small or upward move, nor with a mouse", () => {
    const p = page(galleryHtml(3));
    const list = p.gallery.querySelector(".gallery-slides")!;
    const swipe = (from: number, to: number, type = "touch", dy = 0) => {
      list.dispatchEvent(new PointerEvent("pointerdown", { clientX: from, clientY: 100, pointerType: type, bubbles: true }));
      list.dispatchEvent(new PointerEvent("pointerup", { clientX: to, clientY: 100 + dy, pointerType: type, bubbles: true }));
    };
    swipe(300, 100);
    expect(p.visible()).toEqual(["Ảnh 2"]);
    swipe(100, 300);
    expect(p.visible()).toEqual(["Ảnh 1"]);
    swipe(300, 280);
    swipe(300, 200, "touch", 300);
    swipe(300, 100, "mouse");
    expect(p.visible()).toEqual(["Ảnh 1"]);
  });

  it("leaves photo stories, one-picture galleries and other pages alone", () => {
    page(galleryHtml(3, "story"));
    expect(document.querySelector("button")).toBeNull();
    expect(Array.from(document.querySelectorAll<HTMLElement>("figure")).every((f) => !f.hidden)).toBe(true);
    page(galleryHtml(1));
    expect(document.querySelector("button")).toBeNull();
    page("<p>Không có ảnh</p>");
    expect(document.querySelector("button")).toBeNull();
  });

  it("sets up each gallery once, and without the page's texts still names its buttons", () => {
    document.body.innerHTML = galleryHtml(2) + galleryHtml(3);
    new Function(island.body)();
    new Function(island.body)();
    expect(document.querySelectorAll(".gallery-controls")).toHaveLength(2);
    expect(document.querySelector(".gallery-prev")!.getAttribute("aria-label")).toBeTruthy();
    expect(document.querySelectorAll(".gallery-status")[1].textContent).toContain("1 / 3");
  });

  it("is small, and has no eval or inline code", () => {
    expect(gzipSync(island.body).length).toBeLessThan(2_000);
    expect(island.body).not.toMatch(/\beval\(|new Function|innerHTML|\.style\b|setAttribute\("on/);
  });
});
