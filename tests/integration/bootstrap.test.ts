// Start-up's database work against a real, migrated database: settings,
// first admin, demo content, and that running it again changes nothing.
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedDemoContent } from "@/lib/bootstrap/demo-content";
import { ensureFirstAdmin, FirstAdminError } from "@/lib/bootstrap/first-admin";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { checkDatabase, createPrismaClient, ensureSqliteSettings } from "@/lib/db/client";
import { onPostgresServer, postgresDatabaseUrl } from "@/tests/support/engine";
import { localMediaStore } from "@/lib/media/local-store";
import { verifyCredentials } from "@/lib/auth/credentials";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let mediaDir: string;

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
    const first = await seedDemoContent(t.db, { store: localMediaStore(mediaDir) });
    expect(first.seeded).toBe(true);
    const counts = async () => ({
      articles: await t.db.article.count(),
      published: await t.db.article.count({ where: { status: "PUBLISHED" } }),
      sections: await t.db.section.count(),
      tags: await t.db.tag.count(),
      media: await t.db.media.count(),
      revisions: await t.db.revision.count(),
      files: readdirSync(mediaDir).length,
    });
    const before = await counts();
    expect(before.published).toBeGreaterThanOrEqual(21);
    expect(before.sections).toBeGreaterThanOrEqual(4);
    expect(before.media).toBeGreaterThanOrEqual(7);
    // Demo images go through storeImage like uploads: WebP and AVIF at every width.
    const rows = await t.db.media.findMany({ select: { variants: true, formats: true } });
    expect(rows.every((m) => m.formats === "webp,avif")).toBe(true);
    expect(before.files).toBe(rows.reduce((n, m) => n + m.variants.split(",").length * 2, 0));

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
    expect(seed.featured).toBe(true);
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
