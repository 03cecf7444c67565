// Article addresses against a real database: unique per section, reserved
// words avoided, old addresses kept for redirects.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAddressChange } from "@/lib/articles/slug-history";
import { availableArticleSlug } from "@/lib/articles/slugs";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let politics: string;
let sports: string;

beforeAll(async () => {
  t = await freshDatabase();
  politics = (await t.db.section.create({ data: { name: "Politics", slug: "politics" } })).id;
  sports = (await t.db.section.create({ data: { name: "Sports", slug: "sports" } })).id;
});
afterAll(() => t.db.$disconnect());

const create = (sectionId: string, slug: string) =>
  t.db.article.create({ data: { title: slug, slug, sectionId, bodyJson: "{}" } });

describe("availableArticleSlug", () => {
  it("is unique within a section but may repeat across sections", async () => {
    expect(await availableArticleSlug(t.db, politics, "Nghệ An họp báo")).toBe("nghe-an-hop-bao");
    await create(politics, "nghe-an-hop-bao");
    expect(await availableArticleSlug(t.db, politics, "Nghệ An HỌP BÁO")).toBe("nghe-an-hop-bao-2");
    expect(await availableArticleSlug(t.db, sports, "Nghệ An họp báo")).toBe("nghe-an-hop-bao");
  });

  it("keeps an article's own slug when it is re-saved", async () => {
    const own = await create(politics, "own-slug");
    expect(await availableArticleSlug(t.db, politics, "Own slug", own.id)).toBe("own-slug");
  });

  it("avoids reserved words and old addresses of other articles", async () => {
    expect(await availableArticleSlug(t.db, politics, "Page")).toBe("page-2");
    const moved = await create(politics, "new-home");
    await recordAddressChange(t.db, moved.id, { sectionSlug: "politics", slug: "old-home" }, { sectionSlug: "politics", slug: "new-home" });
    expect(await availableArticleSlug(t.db, politics, "Old home")).toBe("old-home-2");
    expect(await availableArticleSlug(t.db, politics, "Old home", moved.id)).toBe("old-home");
  });

  it("renaming back frees the address", async () => {
    const a = await create(politics, "first-name");
    await recordAddressChange(t.db, a.id, { sectionSlug: "politics", slug: "first-name" }, { sectionSlug: "politics", slug: "second-name" });
    await recordAddressChange(t.db, a.id, { sectionSlug: "politics", slug: "second-name" }, { sectionSlug: "politics", slug: "first-name" });
    const redirects = await t.db.slugRedirect.findMany({ where: { articleId: a.id }, select: { slug: true } });
    expect(redirects.map((r) => r.slug)).toEqual(["second-name"]);
  });
});
