import { describe, expect, it } from "vitest";
import { MAX_SLUG_LENGTH, slugify, uniqueSlug } from "@/lib/text/slug";

describe("slugify", () => {
  it("drops Vietnamese marks and turns đ into d", () => {
    expect(slugify("Nghệ An đón Tết Đoàn viên")).toBe("nghe-an-don-tet-doan-vien");
    expect(slugify("Cửa Lò: mùa du lịch")).toBe("cua-lo-mua-du-lich");
  });

  it("transliterates Cyrillic", () => {
    expect(slugify("Сосредоточьтесь на создании моделей")).toBe("sosredotochtes-na-sozdanii-modeley");
    expect(slugify("Щедрый урожай чая")).toBe("shchedryy-urozhay-chaya");
  });

  it("keeps lowercase ASCII letters, digits and single hyphens only", () => {
    const slug = slugify("  «Hello», World!!  2023 — News  ");
    expect(slug).toBe("hello-world-2023-news");
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("слово ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.split("-").every((w) => w === "slovo")).toBe(true);
  });

  it("returns an empty string for a title with no letters", () => {
    expect(slugify("!!! ???")).toBe("");
  });
});

describe("uniqueSlug", () => {
  it("appends a counter while the slug is taken", async () => {
    const taken = new Set(["news", "news-2"]);
    expect(await uniqueSlug("news", async (s) => taken.has(s))).toBe("news-3");
    expect(await uniqueSlug("other", async (s) => taken.has(s))).toBe("other");
  });

  it("uses a fallback for empty slugs", async () => {
    expect(await uniqueSlug("", async () => false)).toBe("article");
  });
});

describe("slugify edge cases", () => {
  it("drops emoji and symbols", () => {
    expect(slugify("🔥 Breaking: Lũ lụt ở Nghệ An 🌧️")).toBe("breaking-lu-lut-o-nghe-an");
  });
  it("makes nothing of emoji alone, and uniqueSlug then falls back", async () => {
    expect(slugify("🎉🎉")).toBe("");
    expect(await uniqueSlug(slugify("🎉🎉"), async () => false)).toBe("article");
  });
  it("keeps a very long Vietnamese title within the limit", () => {
    const title = "Đường dây 500kV mạch 3 qua Nghệ An về đích sớm ".repeat(10);
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.startsWith("duong-day-500kv-mach-3-qua-nghe-an-ve-dich-som")).toBe(true);
  });
  it("transliterates Russian capitals and ё/й", () => {
    expect(slugify("Ёлка в Вине: ЙОГА")).toBe("elka-v-vine-yoga");
  });
});
