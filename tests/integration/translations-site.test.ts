// Languages on the reader site, read through the app's own data layer (the
// `db` singleton, pointed at a fresh database): an article and its
// translations, what its page declares (lang, "Read in …" links, JSON-LD
// inLanguage, hreflang alternates), and search in every language.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { buildSitemap, sitemapUrls } from "@/lib/feeds/sitemap";
import { readerContextFor } from "@/lib/reader/context";
import { indexArticle } from "@/lib/search";
import { WRITING_DEFAULTS } from "@/lib/settings/writing";
import { API_SETTING_DEFAULTS } from "@/lib/settings/api";
import { VIDEO_SETTING_DEFAULTS } from "@/lib/settings/video";
import { freshDatabase, type TestDb } from "@/tests/support/db";

const SITE_URL = "https://baonghean.example";

let t: TestDb;
let app: {
  db: typeof import("@/lib/db");
  queries: typeof import("@/lib/articles/queries");
  ld: typeof import("@/lib/site/structured-data");
  head: typeof import("@/lib/reader/head");
  view: typeof import("@/components/site/article-view");
};
const ids: Record<string, string> = {};

async function story(
  db: Db,
  key: string,
  data: { title: string; lead?: string; body?: string; language: string | null; group?: string; status?: "PUBLISHED" | "DRAFT" | "UNPUBLISHED"; section?: string },
) {
  const section = await db.section.upsert({
    where: { slug: data.section ?? "thoi-su" },
    create: { name: data.section === "news" ? "News" : "Thời sự", slug: data.section ?? "thoi-su" },
    update: {},
  });
  const status = data.status ?? "PUBLISHED";
  const a = await db.article.create({
    data: {
      title: data.title,
      slug: key,
      lead: data.lead ?? "",
      bodyJson: "{}",
      bodyHtml: `<p>${data.body ?? ""}</p>`,
      bodyText: data.body ?? "",
      language: data.language,
      translationGroupId: data.group ?? null,
      status,
      publishedAt: status === "DRAFT" ? null : new Date(),
      sectionId: section.id,
    },
  });
  if (status === "PUBLISHED") await indexArticle(db, { ...a, lead: a.lead, bodyText: a.bodyText });
  ids[key] = a.id;
  return a;
}

beforeAll(async () => {
  t = await freshDatabase();
  // The site speaks Vietnamese; articles name their language or follow it.
  await t.db.setting.create({ data: { key: "siteLanguage", value: JSON.stringify("vi") } });
  await story(t.db, "duong-ven-bien", {
    title: "Nghệ An mở rộng đường ven biển",
    lead: "Con đường nối Cửa Lò với Diễn Châu.",
    body: "Tuyến đường dài 60 km.",
    language: null, // the site's: Vietnamese
    group: "coast",
  });
  await story(t.db, "coastal-road", {
    title: "Nghe An widens its coastal road",
    lead: "The road links Cua Lo and Dien Chau.",
    body: "Sixty kilometres of new carriageway.",
    language: "en",
    group: "coast",
    section: "news",
  });
  await story(t.db, "pribrezhnaya-doroga", {
    title: "НГЕАН расширяет прибрежную дорогу",
    lead: "Дорога свяжет Кыало и Зьенчау.",
    body: "Шестьдесят километров.",
    language: "ru",
    group: "coast",
  });
  // Translations readers must never be sent to.
  await story(t.db, "route-cotiere", { title: "Nghe An élargit sa route côtière", language: "fr", group: "coast", status: "DRAFT" });
  await story(t.db, "kuestenstrasse", { title: "Nghe An verbreitert die Küstenstraße", language: "de", group: "coast", status: "UNPUBLISHED" });
  // An article of another group, and one with none.
  await story(t.db, "le-hoi-den-cuong", { title: "Lễ hội Đền Cuông", language: "vi", group: "festival" });
  await story(t.db, "mua-cam-vinh", { title: "Mùa cam Vinh", language: null });

  vi.resetModules();
  // lib/db/index.ts keeps its client on globalThis across reloads (outside production).
  delete (globalThis as { sapoDb?: unknown }).sapoDb;
  process.env.DATABASE_URL = t.url;
  app = {
    db: await import("@/lib/db"),
    queries: await import("@/lib/articles/queries"),
    ld: await import("@/lib/site/structured-data"),
    head: await import("@/lib/reader/head"),
    view: await import("@/components/site/article-view"),
  };
});

afterAll(async () => {
  await app?.db.db.$disconnect();
  await t.db.$disconnect();
});

const site = { siteName: "Báo Nghệ An", siteUrl: SITE_URL, siteLanguage: "vi", tagline: "", timeZone: "Asia/Ho_Chi_Minh", footerText: "", featuredSlots: 5, coverAsLeadImage: true, ...WRITING_DEFAULTS, ...API_SETTING_DEFAULTS, ...VIDEO_SETTING_DEFAULTS };
const reader = () => readerContextFor(site, []);

async function page(section: string, slug: string) {
  const article = await app.queries.publishedArticle(app.db.siteDb, section, slug);
  if (!article) throw new Error(`${section}/${slug} is not published`);
  return article;
}

describe("an article's translations", () => {
  it("are its published translations only, with their language, title and address", async () => {
    const article = await page("thoi-su", "duong-ven-bien");
    expect(article.translations).toEqual([
      { id: ids["coastal-road"], language: "en", title: "Nghe An widens its coastal road", slug: "coastal-road", section: { slug: "news" } },
      { id: ids["pribrezhnaya-doroga"], language: "ru", title: "НГЕАН расширяет прибрежную дорогу", slug: "pribrezhnaya-doroga", section: { slug: "thoi-su" } },
    ]);
    // Each translation links back, and never to itself.
    const english = await page("news", "coastal-road");
    expect(english.translations.map((tr) => tr.slug)).toEqual(["duong-ven-bien", "pribrezhnaya-doroga"]);
    expect(english.translations.map((tr) => tr.id)).not.toContain(english.id);
  });

  it("are none for an article without a translation group, or alone in its group", async () => {
    expect((await page("thoi-su", "mua-cam-vinh")).translations).toEqual([]);
    expect((await page("thoi-su", "le-hoi-den-cuong")).translations).toEqual([]);
  });

  it("stop being offered once unpublished", async () => {
    await t.db.article.update({ where: { id: ids["pribrezhnaya-doroga"] }, data: { status: "UNPUBLISHED" } });
    try {
      expect((await page("thoi-su", "duong-ven-bien")).translations.map((tr) => tr.language)).toEqual(["en"]);
    } finally {
      await t.db.article.update({ where: { id: ids["pribrezhnaya-doroga"] }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("the article page", () => {
  it("declares the article's own language in JSON-LD, the site's when it names none", async () => {
    expect(app.ld.newsArticleLd(site, await page("news", "coastal-road")).inLanguage).toBe("en");
    expect(app.ld.newsArticleLd(site, await page("thoi-su", "pribrezhnaya-doroga")).inLanguage).toBe("ru");
    expect(app.ld.newsArticleLd(site, await page("thoi-su", "duong-ven-bien")).inLanguage).toBe("vi");
    expect(app.ld.newsArticleLd({ ...site, siteLanguage: "en" }, await page("thoi-su", "mua-cam-vinh")).inLanguage).toBe("en");
  });

  it("lists hreflang alternates for itself and every published translation, as absolute addresses", async () => {
    const head = app.head.articleHead(reader(), await page("news", "coastal-road"));
    expect(head.languages).toEqual({
      en: `${SITE_URL}/news/coastal-road`,
      vi: `${SITE_URL}/thoi-su/duong-ven-bien`,
      ru: `${SITE_URL}/thoi-su/pribrezhnaya-doroga`,
    });
    expect(head.canonical).toBe(`${SITE_URL}/news/coastal-road`);
    expect(head.meta).toContainEqual({ property: "og:locale", content: "en" });
    expect(head.meta.filter((m) => "property" in m && m.property === "og:locale:alternate").map((m) => m.content)).toEqual(["vi", "ru"]);
    // Nothing to declare for an article in one language only.
    expect(app.head.articleHead(reader(), await page("thoi-su", "mua-cam-vinh")).languages).toEqual({});
  });

  it("marks the article with its language and offers each translation in that translation's language", async () => {
    const { prerender } = await import("react-dom/static");
    const article = await page("news", "coastal-road");
    const { prelude } = await prerender(createElement(app.view.ArticleView, { article, translations: article.translations, reader: reader() }));
    const html = await new Response(prelude).text();
    expect(html).toMatch(/<article class="article" lang="en">/);
    // The interface around the English text is in the site's language (Vietnamese).
    expect(html).toContain('<nav class="translations" aria-label="Bài viết này bằng ngôn ngữ khác" lang="vi">');
    expect(html).toContain('<nav aria-label="Đường dẫn" class="breadcrumb" lang="vi">');
    expect(html).toContain('<a href="/thoi-su/duong-ven-bien" hrefLang="vi" lang="vi">Đọc bằng Tiếng Việt</a>');
    expect(html).toContain('<a href="/thoi-su/pribrezhnaya-doroga" hrefLang="ru" lang="vi">Đọc bằng Tiếng Nga</a>');
    expect(html).toMatch(/<span class="meta-time" lang="vi">Đăng <time dateTime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00">\d\d\/\d\d\/\d{4} \d\d:\d\d<\/time>/);

    // An article in the site's language needs no lang of its own inside.
    const vietnamese = await page("thoi-su", "duong-ven-bien");
    const vHtml = await new Response((await prerender(createElement(app.view.ArticleView, { article: vietnamese, translations: vietnamese.translations, reader: reader() }))).prelude).text();
    expect(vHtml).toMatch(/<article class="article" lang="vi">/);
    expect(vHtml).toContain('<a href="/news/coastal-road" hrefLang="en" lang="en">Read in English</a>');
    expect(vHtml).not.toMatch(/<(nav|span|ul|h2)[^>]* lang="vi"/);
  });
});

describe("sitemap.xml", () => {
  it("lists the language versions of translated articles, in the site's language when they name none, and validates", async () => {
    // As the route calls it: the site's language comes from the settings.
    const urls = await sitemapUrls(app.db.db, SITE_URL);
    const coast = { vi: `${SITE_URL}/thoi-su/duong-ven-bien`, en: `${SITE_URL}/news/coastal-road`, ru: `${SITE_URL}/thoi-su/pribrezhnaya-doroga` };
    for (const loc of Object.values(coast)) expect(urls.find((u) => u.loc === loc)?.alternates).toEqual(coast);
    expect(urls.find((u) => u.loc.endsWith("/mua-cam-vinh"))?.alternates).toBeUndefined();
    expect(urls.find((u) => u.loc.endsWith("/le-hoi-den-cuong"))?.alternates).toBeUndefined();
    expect(urls.some((u) => /route-cotiere|kuestenstrasse/.test(u.loc + JSON.stringify(u.alternates ?? {})))).toBe(false);

    const file = path.join(t.dir, "sitemap.xml");
    writeFileSync(file, buildSitemap(urls));
    execFileSync("xmllint", ["--noout", "--schema", path.resolve("tests/xsd/all-with-xhtml.xsd"), file], { stdio: "pipe" });
  });
});

describe("search finds articles in every language", () => {
  const found = async (query: string) => (await app.queries.searchArticles(app.db.siteDb, query, 1)).items.map((a) => a.slug);

  it("Vietnamese without diacritics", async () => {
    expect(await found("nghe an mo rong")).toEqual(["duong-ven-bien"]);
    expect(await found("duong ven bien")).toEqual(["duong-ven-bien"]);
    expect(await found("đường")).toEqual(await found("duong"));
    expect(await found("DUONG")).toContain("duong-ven-bien");
    expect(await found("le hoi den cuong")).toEqual(["le-hoi-den-cuong"]);
  });

  it("Russian in either case", async () => {
    expect(await found("НГЕАН")).toEqual(["pribrezhnaya-doroga"]);
    expect(await found("нгеан")).toEqual(["pribrezhnaya-doroga"]);
    expect(await found("Прибрежную ДОРОГУ")).toEqual(["pribrezhnaya-doroga"]);
  });

  it("English", async () => {
    expect(await found("coastal road")).toEqual(["coastal-road"]);
    expect(await found("Carriageway")).toEqual(["coastal-road"]);
    // "Nghe An" is in the Vietnamese title (with marks) and in the English one.
    expect((await found("nghe an")).sort()).toEqual(["coastal-road", "duong-ven-bien"]);
  });

  it("never finds the unpublished translations", async () => {
    expect(await found("route cotiere")).toEqual([]);
    expect(await found("Küstenstraße")).toEqual([]);
  });
});
