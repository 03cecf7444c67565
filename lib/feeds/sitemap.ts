// Sitemaps: every published article, section and tag (sitemaps.org 0.9), and
// the Google News sitemap of the last 48 hours.
import type { Db } from "../db/client";
import { xml } from "./xml";

export const NEWS_WINDOW_HOURS = 48;
/** The sitemaps.org limit per file. */
export const SITEMAP_MAX_URLS = 50_000;

type Url = { loc: string; lastmod?: Date };

export async function sitemapUrls(db: Db, siteUrl: string): Promise<Url[]> {
  const [articles, sections, tags] = await Promise.all([
    db.article.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { publishedAt: "desc" },
      take: SITEMAP_MAX_URLS - 1000,
      select: { slug: true, publishedAt: true, liveUpdatedAt: true, section: { select: { slug: true } } },
    }),
    db.section.findMany({ select: { slug: true } }),
    db.tag.findMany({ where: { articles: { some: { article: { status: "PUBLISHED" } } } }, select: { slug: true }, take: 900 }),
  ]);
  return [
    { loc: `${siteUrl}/`, lastmod: articles[0]?.publishedAt ?? undefined },
    ...sections.map((s) => ({ loc: `${siteUrl}/${s.slug}` })),
    ...tags.map((t) => ({ loc: `${siteUrl}/tag/${t.slug}` })),
    ...articles.map((a) => ({
      loc: `${siteUrl}/${a.section.slug}/${a.slug}`,
      lastmod: a.liveUpdatedAt ?? a.publishedAt ?? undefined,
    })),
  ];
}

export function buildSitemap(urls: Url[]): string {
  const body = urls
    .map((u) => `  <url>\n    <loc>${xml(u.loc)}</loc>${u.lastmod ? `\n    <lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}\n  </url>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export async function newsArticles(db: Db, now = new Date()) {
  return db.article.findMany({
    where: { status: "PUBLISHED", publishedAt: { gte: new Date(now.getTime() - NEWS_WINDOW_HOURS * 3_600_000), lte: now } },
    orderBy: { publishedAt: "desc" },
    take: 1000, // Google News reads at most 1,000 per sitemap
    select: { title: true, slug: true, publishedAt: true, section: { select: { slug: true } } },
  });
}

export function buildNewsSitemap(
  siteUrl: string,
  publication: { name: string; language: string },
  items: Awaited<ReturnType<typeof newsArticles>>,
): string {
  const body = items
    .map(
      (a) => `  <url>
    <loc>${xml(`${siteUrl}/${a.section.slug}/${a.slug}`)}</loc>
    <news:news>
      <news:publication>
        <news:name>${xml(publication.name)}</news:name>
        <news:language>${xml(publication.language)}</news:language>
      </news:publication>
      <news:publication_date>${(a.publishedAt ?? new Date()).toISOString()}</news:publication_date>
      <news:title>${xml(a.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${body}
</urlset>
`;
}
