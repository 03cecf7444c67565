// Sitemaps: the addresses they list (sitemaps.org 0.9), articles with the
// hreflang alternates of those that have translations (Google's xhtml:link
// extension), the XML of a sitemap and of a sitemap index, and the Google
// News sitemap of the last 48 hours. How the addresses are split into the
// files /sitemap.xml names is lib/feeds/sitemap-files.ts.
import type { Prisma } from "@prisma/client";
import type { Db } from "@/lib/db/client";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { articleLanguage, languageAlternates, type LanguageVersion } from "@/lib/site/languages";
import { authorPath, sectionPath, tagPath } from "@/lib/site/paths";
import { xmlDocument, xmlText } from "@/lib/feeds/xml-document";

export const NEWS_WINDOW_HOURS = 48;
/** The sitemaps.org limit of addresses per file (and of files per index). */
export const SITEMAP_MAX_URLS = 50_000;

export type SitemapUrl = {
  loc: string;
  lastmod?: Date;
  /** hreflang → absolute address of each language version, itself included. */
  alternates?: Record<string, string>;
};

const PUBLISHED = { status: "PUBLISHED" } as const;

/**
 * The addresses besides articles: the home page (changed when the newest
 * article was published), every section, and every tag and byline with a
 * published article. In a fixed order, so files can page through them.
 */
export async function pageUrls(db: Db, siteUrl: string): Promise<SitemapUrl[]> {
  const [newest, sections, tags, authors] = await Promise.all([
    db.article.findFirst({ where: { ...PUBLISHED, publishedAt: { not: null } }, orderBy: { publishedAt: "desc" }, select: { publishedAt: true } }),
    db.section.findMany({ select: { slug: true }, orderBy: [{ position: "asc" }, { slug: "asc" }] }),
    db.tag.findMany({ where: { articles: { some: { article: PUBLISHED } } }, select: { slug: true }, orderBy: { slug: "asc" } }),
    db.articleAuthor.findMany({ where: { article: PUBLISHED }, distinct: ["bylineSlug"], select: { bylineSlug: true }, orderBy: { bylineSlug: "asc" } }),
  ]);
  return [
    { loc: `${siteUrl}/`, lastmod: newest?.publishedAt ?? undefined },
    ...sections.map((s) => ({ loc: siteUrl + sectionPath(s.slug) })),
    ...tags.map((t) => ({ loc: siteUrl + tagPath(t.slug) })),
    ...authors.map((a) => ({ loc: siteUrl + authorPath(a.bylineSlug) })),
  ];
}

const versionSelect = { id: true, language: true, slug: true, translationGroupId: true, section: { select: { slug: true } } } as const;

/**
 * Published articles matching `where` (all by default), oldest first, each
 * with the addresses of all its published language versions (wherever those
 * are listed). `page` takes a slice of that order. `siteLanguage` is the
 * language of articles that name none.
 */
export async function articleUrls(
  db: Db,
  siteUrl: string,
  siteLanguage: string,
  where: Prisma.ArticleWhereInput = {},
  page: { skip?: number; take?: number } = {},
): Promise<SitemapUrl[]> {
  const articles = await db.article.findMany({
    where: { ...PUBLISHED, AND: [where] },
    // Nulls placed explicitly: the engines' defaults differ, and pages must not.
    orderBy: [{ publishedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    ...page,
    select: { ...versionSelect, publishedAt: true, liveUpdatedAt: true },
  });
  const groupIds = [...new Set(articles.flatMap((a) => (a.translationGroupId ? [a.translationGroupId] : [])))];
  const translated = groupIds.length
    ? await db.article.findMany({ where: { ...PUBLISHED, translationGroupId: { in: groupIds } }, orderBy: { id: "asc" }, select: versionSelect })
    : [];
  const groups = new Map<string, (LanguageVersion & { id: string })[]>();
  for (const a of translated) groups.set(a.translationGroupId!, [...(groups.get(a.translationGroupId!) ?? []), a]);
  return articles.map((a) => {
    const others = a.translationGroupId ? (groups.get(a.translationGroupId) ?? []).filter((v) => v.id !== a.id) : [];
    const alternates = languageAlternates(siteUrl, siteLanguage, a, others);
    return {
      loc: `${siteUrl}/${a.section.slug}/${a.slug}`,
      lastmod: a.liveUpdatedAt ?? a.publishedAt ?? undefined,
      ...(Object.keys(alternates).length ? { alternates } : {}),
    };
  });
}

/**
 * Every address the sitemap files list, in one list: the pages, then every
 * published article. Without `siteLanguage`, the site's setting in `db`.
 */
export async function sitemapUrls(db: Db, siteUrl: string, siteLanguage?: string): Promise<SitemapUrl[]> {
  const language = siteLanguage ?? (await getSiteSettings(db)).siteLanguage;
  return [...(await pageUrls(db, siteUrl)), ...(await articleUrls(db, siteUrl, language))];
}

const NS = {
  sitemap: "http://www.sitemaps.org/schemas/sitemap/0.9",
  xhtml: "http://www.w3.org/1999/xhtml",
  news: "http://www.google.com/schemas/sitemap-news/0.9",
};

export function buildSitemap(urls: SitemapUrl[]): string {
  const doc = xmlDocument();
  const urlset = doc.ele(NS.sitemap, "urlset", { "xmlns:xhtml": NS.xhtml });
  for (const u of urls) {
    const url = urlset.ele("url");
    url.ele("loc").txt(u.loc);
    if (u.lastmod) url.ele("lastmod").txt(u.lastmod.toISOString());
    for (const [hreflang, href] of Object.entries(u.alternates ?? {})) {
      url.ele(NS.xhtml, "xhtml:link", { rel: "alternate", hreflang, href });
    }
  }
  return xmlText(doc);
}

/** A sitemap index naming each child sitemap by its absolute address, with when it last changed. */
export function buildSitemapIndex(children: { loc: string; lastmod?: Date }[]): string {
  const doc = xmlDocument();
  const index = doc.ele(NS.sitemap, "sitemapindex");
  for (const child of children) {
    const sitemap = index.ele("sitemap");
    sitemap.ele("loc").txt(child.loc);
    if (child.lastmod) sitemap.ele("lastmod").txt(child.lastmod.toISOString());
  }
  return xmlText(doc);
}

export async function newsArticles(db: Db, now = new Date()) {
  return db.article.findMany({
    where: { status: "PUBLISHED", publishedAt: { gte: new Date(now.getTime() - NEWS_WINDOW_HOURS * 3_600_000), lte: now } },
    orderBy: { publishedAt: "desc" },
    take: 1000, // Google News reads at most 1,000 per sitemap
    select: { title: true, slug: true, language: true, publishedAt: true, section: { select: { slug: true } } },
  });
}

/**
 * A BCP 47 tag as Google News wants it: the ISO 639 code alone ("en-GB" →
 * "en"), except Chinese, which is zh-cn (Simplified) or zh-tw (Traditional).
 */
export function newsLanguage(tag: string): string {
  const [primary, ...rest] = tag.toLowerCase().split(/[-_]/);
  if (primary !== "zh") return primary;
  return rest.some((s) => ["hant", "tw", "hk", "mo"].includes(s)) ? "zh-tw" : "zh-cn";
}

/** `publication.language` is the site's: the language of articles that name none. */
export function buildNewsSitemap(
  siteUrl: string,
  publication: { name: string; language: string },
  items: Awaited<ReturnType<typeof newsArticles>>,
): string {
  const doc = xmlDocument();
  const urlset = doc.ele(NS.sitemap, "urlset", { "xmlns:news": NS.news });
  for (const a of items) {
    const url = urlset.ele("url");
    url.ele("loc").txt(`${siteUrl}/${a.section.slug}/${a.slug}`);
    const news = url.ele(NS.news, "news:news");
    const pub = news.ele(NS.news, "news:publication");
    pub.ele(NS.news, "news:name").txt(publication.name);
    pub.ele(NS.news, "news:language").txt(newsLanguage(articleLanguage(a, publication.language)));
    news.ele(NS.news, "news:publication_date").txt((a.publishedAt ?? new Date()).toISOString());
    news.ele(NS.news, "news:title").txt(a.title);
  }
  return xmlText(doc);
}
