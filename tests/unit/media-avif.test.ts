// AVIF beside WebP: variant names and addresses in both formats, and the
// markup that offers AVIF (the <Picture> component, rendered with
// react-dom/server as the reader site does, and body figures built at save
// time) only for items whose Media.formats lists it. Items stored before
// AVIF (formats "webp") must never point at an .avif file, and exports must
// carry every file a page may point at.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Picture, type PictureMedia } from "@/components/site/picture";
import { prepareBody } from "@/lib/content/body";
import { mediaFileNames } from "@/lib/transfer/export";
import { hasAvif, isVariantName, mediaUrl, parseFormats, srcSet, variantContentType, variantFileName } from "@/lib/media/urls";

const KEY = "0123456789abcdef0123";

describe("variant names and addresses", () => {
  it("name WebP by default and AVIF when asked", () => {
    expect(variantFileName(KEY, 480)).toBe(`${KEY}-480.webp`);
    expect(variantFileName(KEY, 480, "avif")).toBe(`${KEY}-480.avif`);
    expect(mediaUrl(KEY, 960)).toBe(`/media/${KEY}-960.webp`);
    expect(mediaUrl(KEY, 960, "avif")).toBe(`/media/${KEY}-960.avif`);
    expect(srcSet(KEY, "960,480")).toBe(`/media/${KEY}-480.webp 480w, /media/${KEY}-960.webp 960w`);
    expect(srcSet(KEY, [960, 480], "avif")).toBe(`/media/${KEY}-480.avif 480w, /media/${KEY}-960.avif 960w`);
  });

  it("accept .webp and .avif variant names only, each with its type", () => {
    expect(isVariantName(`${KEY}-480.avif`)).toBe(true);
    expect(isVariantName(`${KEY}-480.webp`)).toBe(true);
    for (const name of [`${KEY}-480.png`, `${KEY}-480.avif.html`, `${KEY}-480.AVIF`, `../${KEY}-480.avif`, `${KEY}.avif`, "x.avif"]) {
      expect(isVariantName(name), name).toBe(false);
      expect(variantContentType(name), name).toBeNull();
    }
    expect(variantContentType(`${KEY}-480.avif`)).toBe("image/avif");
    expect(variantContentType(`${KEY}-480.webp`)).toBe("image/webp");
  });

  it("read Media.formats: AVIF only when listed, WebP always", () => {
    expect(hasAvif("webp,avif")).toBe(true);
    expect(hasAvif(" webp , avif ")).toBe(true);
    for (const old of ["webp", "", undefined, null, "avifx", "jpeg"]) expect(hasAvif(old), String(old)).toBe(false);
    expect(parseFormats("avif")).toEqual(["webp", "avif"]);
    expect(parseFormats(undefined)).toEqual(["webp"]);
  });

  it("are all carried by exports and backups (every format the row lists)", () => {
    const row = { fileKey: KEY, variants: "960,480" };
    expect(mediaFileNames({ ...row, formats: "webp,avif" }).sort()).toEqual(
      [`${KEY}-480.avif`, `${KEY}-480.webp`, `${KEY}-960.avif`, `${KEY}-960.webp`].sort(),
    );
    expect(mediaFileNames({ ...row, formats: "webp" })).toEqual([`${KEY}-480.webp`, `${KEY}-960.webp`]);
    expect(mediaFileNames(row)).toEqual([`${KEY}-480.webp`, `${KEY}-960.webp`]);
  });
});

describe("<Picture>", () => {
  const media: PictureMedia = { fileKey: KEY, variants: "480,960", width: 960, height: 540, alt: "Boats" };
  const render = (m: PictureMedia, eager = false) => renderToStaticMarkup(createElement(Picture, { media: m, sizes: "100vw", eager }));

  it("offers no AVIF for an item stored before it (formats webp, or not selected)", () => {
    for (const formats of ["webp", undefined]) {
      const html = render({ ...media, formats });
      expect(html).not.toContain("avif");
      expect(html).not.toContain("<source");
      expect(html).toMatch(/^<picture><img [^>]*><\/picture>$/);
    }
  });

  it("offers the AVIF variants first for an item that has them, the WebP <img> as the fallback", () => {
    const html = render({ ...media, formats: "webp,avif" }, true);
    expect(html).toBe(
      `<picture><source type="image/avif" srcSet="/media/${KEY}-480.avif 480w, /media/${KEY}-960.avif 960w" sizes="100vw"/>` +
        `<img src="/media/${KEY}-960.webp" srcSet="/media/${KEY}-480.webp 480w, /media/${KEY}-960.webp 960w" sizes="100vw"` +
        ` width="960" height="540" alt="Boats" loading="eager" fetchPriority="high" decoding="async"/></picture>`,
    );
  });
});

describe("body figures", () => {
  const figure = (mediaId: string) => ({ type: "figure", attrs: { src: `/media/${mediaId}-960.webp`, mediaId, alt: "x", width: 960, height: 540 } });
  const doc = { type: "doc", content: [figure("newer"), figure("older")] };
  const bmedia = (formats?: string) => ({ fileKey: KEY.replace(/0/g, "a"), variants: "480,960", formats });

  it("wrap the image in <picture> with an AVIF source only when the item has AVIF", () => {
    const { html } = prepareBody(
      doc,
      new Map([
        ["newer", { ...bmedia("webp,avif"), fileKey: KEY }],
        ["older", bmedia("webp")],
      ]),
    );
    const [first, second] = html.match(/<figure>.*?<\/figure>/g)!;
    expect(first).toBe(
      `<figure><picture><source type="image/avif" srcset="/media/${KEY}-480.avif 480w, /media/${KEY}-960.avif 960w" sizes="(min-width: 900px) 720px, 100vw">` +
        `<img src="/media/newer-960.webp" srcset="/media/${KEY}-480.webp 480w, /media/${KEY}-960.webp 960w" sizes="(min-width: 900px) 720px, 100vw"` +
        ` alt="x" width="960" height="540" fetchpriority="high" decoding="async"></picture></figure>`,
    );
    expect(second).toMatch(/^<figure><img [^>]*><\/figure>$/);
    expect(second).not.toContain("avif");
  });

  it("offer no AVIF when the formats are not known (callers that pass variants only)", () => {
    const { html } = prepareBody(doc, new Map([["newer", bmedia()], ["older", bmedia()]]));
    expect(html).not.toContain("avif");
    expect(html).not.toContain("<picture>");
  });
});
