// What reader pages make of an item's crop renditions (lib/media/focal-sources.ts,
// components/site/picture.tsx, lib/reader/images.ts): the ratio's files when
// the item has them, its plain variants when it does not.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Picture } from "@/components/site/picture";
import { cropSources, socialImage, structuredDataImages } from "@/lib/media/focal-sources";
import { coverPreload } from "@/lib/reader/images";

const KEY = "a".repeat(20);
const withCrops = {
  fileKey: KEY,
  variants: "480,960,1600",
  formats: "webp,avif",
  width: 2400,
  height: 1200,
  alt: "Harbour",
  renditionKey: "0badcafe",
  renditions: JSON.stringify({ "16x9": [480, 960, 1422], "4x3": [480, 960], "1x1": [480, 800], og: [1200] }),
};
const without = { ...withCrops, renditionKey: "", renditions: "{}" };

describe("crop sources", () => {
  it("list a ratio's widths under the current key, the widest with its exact size", () => {
    expect(cropSources(withCrops, "16x9")).toEqual({
      src: `/media/${KEY}-16x9-0badcafe-1422.webp`,
      srcSet: `/media/${KEY}-16x9-0badcafe-480.webp 480w, /media/${KEY}-16x9-0badcafe-960.webp 960w, /media/${KEY}-16x9-0badcafe-1422.webp 1422w`,
      width: 1422,
      height: 800,
    });
    expect(cropSources(without, "16x9")).toBeNull();
    // A key without widths for the ratio (or broken JSON) is as good as none.
    expect(cropSources({ ...withCrops, renditions: "{oops" }, "1x1")).toBeNull();
  });

  it("give social cards the 1200×630 JPEG, else the widest variant at the picture's shape", () => {
    expect(socialImage("https://bao.example", withCrops)).toEqual({ url: `https://bao.example/media/${KEY}-og-0badcafe-1200.jpg`, width: 1200, height: 630 });
    expect(socialImage("https://bao.example", without)).toEqual({ url: `https://bao.example/media/${KEY}-1600.webp`, width: 1600, height: 800 });
  });

  it("give search engines the 16:9, 4:3 and 1:1 crops", () => {
    expect(structuredDataImages("https://bao.example", withCrops)).toEqual([
      `https://bao.example/media/${KEY}-16x9-0badcafe-1422.webp`,
      `https://bao.example/media/${KEY}-4x3-0badcafe-960.webp`,
      `https://bao.example/media/${KEY}-1x1-0badcafe-800.webp`,
    ]);
    expect(structuredDataImages("https://bao.example", without)).toEqual([`https://bao.example/media/${KEY}-1600.webp`]);
  });
});

describe("the reader's picture", () => {
  it("shows the ratio's crop at its shape when asked and present, with a matching preload", () => {
    const html = renderToStaticMarkup(createElement(Picture, { media: withCrops, sizes: "100vw", ratio: "16x9" }));
    expect(html).toContain(`src="/media/${KEY}-16x9-0badcafe-1422.webp"`);
    expect(html).toContain('width="1422" height="800"');
    expect(html).not.toContain("image/avif");
    const preload = coverPreload(withCrops, "100vw", "16x9");
    expect(preload.href).toBe(`/media/${KEY}-16x9-0badcafe-1422.webp`);
    expect(html.toLowerCase()).toContain(`srcset="${preload.srcSet}"`.toLowerCase());
  });

  it("falls back to the variants, AVIF included, without renditions or without a ratio", () => {
    for (const html of [
      renderToStaticMarkup(createElement(Picture, { media: without, sizes: "100vw", ratio: "16x9" })),
      renderToStaticMarkup(createElement(Picture, { media: withCrops, sizes: "100vw" })),
    ]) {
      expect(html).toContain(`src="/media/${KEY}-1600.webp"`);
      expect(html).toContain('type="image/avif"');
      expect(html).toContain('width="2400" height="1200"');
    }
    expect(coverPreload(without, "100vw", "16x9").type).toBe("image/avif");
  });
});
