import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { blocksToDoc } from "@/lib/bootstrap/blocks";
import { parseSeedArticle } from "@/lib/bootstrap/seed-article";
import { prepareBody } from "@/lib/content/body";

const text = readFileSync("prisma/seed/article-baonghean-ru.txt", "utf8");

describe("the seed article's anatomy", () => {
  const seed = parseSeedArticle(text);

  it("has headline, pen name, time (UTC+7) and lead", () => {
    expect(seed.title).toMatch(/^Сосредоточьтесь на создании моделей/);
    expect(seed.byline).toBe("Цветение сливы");
    expect(seed.publishedAt.toISOString()).toBe("2023-06-23T05:04:00.000Z");
    expect(seed.lead.startsWith("(Baonghean.vn) - ")).toBe(true);
  });

  it("has figures with caption and credit, and subheadings", () => {
    const figures = seed.blocks.filter((b) => b.type === "figure");
    expect(figures.length).toBeGreaterThanOrEqual(6);
    expect(figures[0]).toMatchObject({ caption: "Сцена учебной конференции.", credit: "Фото: MH" });
    const headings = seed.blocks.filter((b) => b.type === "h2").map((b) => (b as { text: string }).text);
    expect(headings[0]).toMatch(/^Уточнение обязанностей/);
    expect(headings).toHaveLength(2);
  });

  it("leaves the page chrome out of the body", () => {
    const all = JSON.stringify(seed.blocks);
    expect(all).not.toContain("Избранная газета");
    expect(all).not.toContain("Последний");
  });

  it("becomes a valid editor document", () => {
    const figures = seed.blocks.filter((b) => b.type === "figure").length;
    const images = Array.from({ length: figures }, (_, i) => ({ src: `/media/x${i}-960.webp`, mediaId: `m${i}`, width: 960, height: 540 }));
    const body = prepareBody(blocksToDoc(seed.blocks, images));
    expect(body.html.match(/<figure>/g)).toHaveLength(figures);
    expect(body.words).toBeGreaterThan(900);
  });
});
