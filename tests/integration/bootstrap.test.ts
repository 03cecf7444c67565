// Start-up's database work against a real, migrated database: settings,
// first admin, demo content (a Vietnamese paper around the seed article in
// Russian), and that running it again changes nothing.
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { demoSettings, seedDemoContent } from "@/lib/bootstrap/demo-content";
import { ensureFirstAdmin, FirstAdminError } from "@/lib/bootstrap/first-admin";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { checkDatabase, createPrismaClient, ensureSqliteSettings } from "@/lib/db/client";
import { onPostgresServer, postgresDatabaseUrl } from "@/tests/support/engine";
import { localMediaStore } from "@/lib/media/local-store";
import { parseRenditions } from "@/lib/media/focal-sources";
import { renditionFileNames } from "@/lib/media/renditions";
import { verifyCredentials } from "@/lib/auth/credentials";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { demoArticles, demoSections, demoSiteSettings } from "@/prisma/seed/demo-articles";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let mediaDir: string;
/** When the demo content was loaded: its stories are dated back from then. */
let seededAt = 0;

beforeAll(async () => {
  t = await freshDatabase();
  mediaDir = mkdtempSync(path.join(t.dir, "media-"));
});
afterAll(() => t.db.$disconnect());

describe("start-up on an empty database", () => {
  it("checks the database: SQLite in WAL mode with a busy timeout, PostgreSQL recent with unaccent", async () => {
    if (t.engine === "sqlite") {
      expect(await ensureSqliteSettings(t.db)).toEqual({ journalMode: "wal", busyTimeoutMs: 5000 });
      const [row] = await t.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(row.journal_mode).toBe("wal");
      expect(await checkDatabase(t.db)).toBe("SQLite journal_mode=wal, busy_timeout=5000 ms");
    } else {
      expect(await checkDatabase(t.db)).toMatch(/^PostgreSQL \d+\.\d+.*, unaccent installed$/);
      // A database without Sapo's migrations has no unaccent.
      const name = `${inject("postgresPrefix")}bare`;
      await onPostgresServer([`CREATE DATABASE "${name}"`]);
      const bare = createPrismaClient(resolveDatabaseUrl(postgresDatabaseUrl(name)));
      await expect(checkDatabase(bare)).rejects.toThrow(/unaccent is missing/);
      await bare.$disconnect();
    }
  });

  it("refuses a weak ADMIN_PASSWORD and creates nobody", async () => {
    await expect(ensureFirstAdmin(t.db, { ADMIN_EMAIL: "a@b.c", ADMIN_PASSWORD: "short" })).rejects.toThrow(FirstAdminError);
    // Long enough, but common, or made from the admin's own email: the same rule as everywhere else.
    await expect(ensureFirstAdmin(t.db, { ADMIN_EMAIL: "a@b.c", ADMIN_PASSWORD: "password1234" })).rejects.toThrow(/most common/);
    await expect(ensureFirstAdmin(t.db, { ADMIN_EMAIL: "tongbientap@baomoi.example", ADMIN_PASSWORD: "tongbientap2024" })).rejects.toThrow(
      /name or email/,
    );
    expect(await t.db.user.count()).toBe(0);
  });

  it("creates the first admin once, with a generated password when none is given", async () => {
    const first = await ensureFirstAdmin(t.db, { ADMIN_EMAIL: "Chief@Example.com" });
    expect(first.created).toBe(true);
    if (!first.created) return;
    expect(first.email).toBe("chief@example.com");
    expect(first.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);

    const stored = await t.db.user.findUniqueOrThrow({ where: { email: "chief@example.com" }, omit: { passwordHash: false } });
    expect(stored.role).toBe("ADMIN");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    // The default client never hands out password hashes.
    expect(Object.keys(await t.db.user.findUniqueOrThrow({ where: { id: stored.id } }))).not.toContain("passwordHash");

    expect(await verifyCredentials(t.db, "chief@example.com", first.generatedPassword!)).toMatchObject({ role: "ADMIN" });
    expect(await ensureFirstAdmin(t.db, { ADMIN_EMAIL: "other@example.com", ADMIN_PASSWORD: "another-long-password" })).toEqual({
      created: false,
    });
    expect(await t.db.user.count()).toBe(1);
  });

  it("loads the demo content once", async () => {
    seededAt = Date.now();
    const first = await seedDemoContent(t.db, { store: localMediaStore(mediaDir) });
    expect(first.seeded).toBe(true);
    const counts = async () => ({
      articles: await t.db.article.count(),
      published: await t.db.article.count({ where: { status: "PUBLISHED" } }),
      sections: await t.db.section.count(),
      tags: await t.db.tag.count(),
      media: await t.db.media.count(),
      revisions: await t.db.revision.count(),
      settings: await t.db.setting.count(),
      files: readdirSync(mediaDir).length,
    });
    const before = await counts();
    // The demo stories (all but the draft and the one in review) and the seed article in two languages.
    expect(before.articles).toBe(demoArticles.length + 2);
    expect(before.published).toBe(demoArticles.filter((a) => !a.status).length + 2);
    expect(before.published).toBeGreaterThanOrEqual(30);
    expect(before.sections).toBe(7);
    expect(before.media).toBeGreaterThanOrEqual(before.articles);
    // Demo images go through storeImage like uploads: WebP and AVIF at every
    // width, and their crop renditions (lib/media/renditions.ts).
    const rows = await t.db.media.findMany({ select: { fileKey: true, variants: true, formats: true, renditionKey: true, renditions: true } });
    expect(rows.every((m) => m.formats === "webp,avif" && m.renditionKey !== "")).toBe(true);
    const renditionFiles = rows.reduce((n, m) => n + renditionFileNames(m.fileKey, m.renditionKey, parseRenditions(m.renditions)).length, 0);
    expect(before.files).toBe(rows.reduce((n, m) => n + m.variants.split(",").length * 2, 0) + renditionFiles);

    expect(await seedDemoContent(t.db, { store: localMediaStore(mediaDir) })).toEqual({ seeded: false, articles: 0, media: 0 });
    expect(await counts()).toEqual(before);
  });

  it("lays out the seed article as its anatomy", async () => {
    const seed = await t.db.article.findFirstOrThrow({
      where: { title: { startsWith: "Сосредоточьтесь на создании моделей" } },
      include: { authors: true, section: true, tags: { include: { tag: true }, orderBy: { position: "asc" } } },
    });
    expect(seed.status).toBe("PUBLISHED");
    expect(seed.publishedAt?.toISOString()).toBe("2023-06-23T05:04:00.000Z");
    expect(seed.authors.map((a) => a.byline)).toEqual(["Цветение сливы"]);
    expect(seed.lead.startsWith("(Baonghean.vn) - ")).toBe(true);
    expect(seed.bodyHtml).toContain("<h2>Уточнение обязанностей");
    expect(seed.bodyHtml.match(/<figure>/g)!.length).toBeGreaterThanOrEqual(6);
    // Every figure offers its AVIF variants, and the files exist.
    expect(seed.bodyHtml.match(/<figure><picture><source type="image\/avif" srcset="/g)!.length).toBe(seed.bodyHtml.match(/<figure>/g)!.length);
    for (const name of seed.bodyHtml.match(/[a-f0-9]{20}-\d+\.avif/g)!) expect(existsSync(path.join(mediaDir, name)), name).toBe(true);
    expect(seed.bodyHtml).toContain('<span class="credit">Фото: MH</span>');
    expect(seed.slug).toMatch(/^sosredotochtes-na-sozdanii-modeley/);
    // The Vietnamese version leads the front page; the Russian one is its translation.
    expect(seed.featured).toBe(false);
    expect(seed.section.slug).toBe("thoi-su");
    // Its tags stay the Russian ones of the translation.
    expect(seed.tags.map((x) => x.tag.name)).toEqual(["Мобилизация масс", "Демократия на низовом уровне", "Nghệ An"]);
    // …and it is the translation of its Vietnamese version, in the same section.
    const versions = await t.db.article.findMany({
      where: { translationGroupId: seed.translationGroupId! },
      select: { language: true, title: true, section: { select: { slug: true } } },
      orderBy: { language: "asc" },
    });
    expect(versions.map((v) => [v.language, v.section.slug])).toEqual([
      ["ru", "thoi-su"],
      ["vi", "thoi-su"],
    ]);
    expect(versions[1].title).toMatch(/^Tập trung xây dựng mô hình, điểm sáng/);
  });

  it("makes the demo paper Vietnamese: sections, stories, front page, tagline and footer", async () => {
    const sections = await t.db.section.findMany({ orderBy: { position: "asc" }, include: { articles: { where: { status: "PUBLISHED" } } } });
    expect(sections.map((s) => [s.slug, s.name])).toEqual([
      ["thoi-su", "Thời sự"],
      ["kinh-te", "Kinh tế"],
      ["xa-hoi", "Xã hội"],
      ["van-hoa", "Văn hóa"],
      ["the-thao", "Thể thao"],
      ["phap-luat", "Pháp luật"],
      ["giao-duc", "Giáo dục"],
    ]);
    expect(sections.map((s) => s.description).every((d) => d.length > 40)).toBe(true);
    for (const s of sections) expect(s.articles.length, s.slug).toBeGreaterThanOrEqual(4);

    // Every story is Vietnamese but the seed article's Russian translation.
    const articles = await t.db.article.findMany({ include: { tags: { include: { tag: true } }, authors: true } });
    expect(articles.filter((a) => a.language !== "vi").map((a) => a.language)).toEqual(["ru"]);
    expect(articles.filter((a) => a.status === "DRAFT")).toHaveLength(1);
    expect(articles.filter((a) => a.status === "IN_REVIEW")).toHaveLength(1);
    for (const a of articles.filter((x) => x.language === "vi")) {
      expect(a.lead.startsWith("(Baonghean.vn) - "), a.title).toBe(true);
      expect(`${a.title} ${a.lead} ${a.bodyText}`, a.title).not.toMatch(/[\u0400-\u04FF]/);
      expect(a.tags.length, a.title).toBeGreaterThanOrEqual(2);
      expect(a.tags.length, a.title).toBeLessThanOrEqual(4);
      expect(a.authors.length, a.title).toBeGreaterThanOrEqual(1);
    }
    // Tags shared across stories, for "related by tag".
    const uses = new Map<string, number>();
    for (const a of articles) for (const x of a.tags) uses.set(x.tag.name, (uses.get(x.tag.name) ?? 0) + 1);
    expect([...uses.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(8);
    expect(uses.get("Nghệ An")).toBeGreaterThanOrEqual(5);

    // Today's news: stories from the last six hours.
    const today = articles.filter((a) => a.status === "PUBLISHED" && a.publishedAt!.getTime() >= seededAt - 6 * 3_600_000);
    expect(today.length).toBeGreaterThanOrEqual(8);

    // The front page: the seed article leads, six stories follow, newest first, each with its own rank.
    const featured = articles.filter((a) => a.featured).sort((a, b) => a.featuredRank - b.featuredRank);
    expect(featured.map((a) => a.featuredRank)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(featured[0]).toMatchObject({ language: "vi", translationGroupId: expect.any(String) });
    expect(featured.every((a) => a.status === "PUBLISHED")).toBe(true);
    const times = featured.slice(1).map((a) => a.publishedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // Photos with Vietnamese credits; stories without a figure in the body still have a cover.
    const credits = (await t.db.media.findMany({ select: { credit: true } })).map((m) => m.credit).filter(Boolean);
    expect(credits.filter((c) => c.startsWith("Ảnh: ")).length).toBeGreaterThanOrEqual(15);
    const coverOnly = articles.filter((a) => a.language === "vi" && !a.bodyHtml.includes("<figure>"));
    expect(coverOnly.length).toBeGreaterThanOrEqual(10);
    expect(coverOnly.every((a) => a.coverMediaId)).toBe(true);

    // The demo's name, tagline and footer, as settings admins can change (SITE_NAME and SITE_TAGLINE, when set, win).
    const settings = await getSiteSettings(t.db);
    expect(settings.footerText).toBe(demoSiteSettings.footerText);
    expect(settings.footerText).toContain("TP. Vinh");
    expect(settings.tagline).toBe(process.env.SITE_TAGLINE ?? demoSiteSettings.tagline);
    expect(settings.siteName).toBe(process.env.SITE_NAME ?? demoSiteSettings.siteName);
    expect(demoSettings({})).toEqual({ siteName: "Báo Nghệ An", tagline: demoSiteSettings.tagline, footerText: demoSiteSettings.footerText });
    expect(demoSettings({ SITE_NAME: "Our paper", SITE_TAGLINE: "Our own tagline" })).toEqual({ footerText: demoSiteSettings.footerText });
    expect(demoSections.map((s) => s.slug)).toEqual(sections.map((s) => s.slug));
  });

  it("keeps slugs unique within each section", async () => {
    const rows = await t.db.article.findMany({ select: { sectionId: true, slug: true } });
    const keys = rows.map((r) => `${r.sectionId}/${r.slug}`);
    expect(new Set(keys).size).toBe(keys.length);
    await expect(
      t.db.article.create({ data: { title: "Dup", slug: rows[0].slug, sectionId: rows[0].sectionId, bodyJson: "{}" } }),
    ).rejects.toThrow();
  });
});
