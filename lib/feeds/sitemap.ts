// Sitemaps: every published article, section and tag (sitemaps.org 0.9),
// with the hreflang alternates of articles that have translations (Google's
// xhtml:link extension), and the Google News sitemap of the last 48 hours.
import type { Db } from "@/lib/db/client";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { articleLanguage, languageAlternates, type LanguageVersion } from "@/lib/site/languages";
import { xml } from "@/lib/feeds/xml";

export const NEWS_WINDOW_HOURS = 48;
/** The sitemaps.org limit per file. */
export const SITEMAP_MAX_URLS = 50_000;

type Url = {
  loc: string;
  lastmod?: Date;
  /** hreflang → absolute address of each language version, itself included. */
  alternates?: Record<string, string>;
};

/**
 * Every address to list. `siteLanguage` is the language of articles that
 * name none; without it, the site's setting in `db` is used.
 */
export async function sitemapUrls(db: Db, siteUrl: string, siteLanguage?: string): Promise<Url[]> {
  const versionSelect = { id: true, language: true, slug: true, translationGroupId: true, section: { select: { slug: true } } } as const;
  const [articles, translated, sections, tags, language] = await Promise.all([
    db.article.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { publishedAt: "desc" },
      take: SITEMAP_MAX_URLS - 1000,
      select: { ...versionSelect, publishedAt: true, liveUpdatedAt: true },
    }),
    // Every published member of a translation group, even one past the
    // article limit above, so each listed article names all its versions.
    db.article.findMany({
      where: { status: "PUBLISHED", translationGroupId: { not: null } },
      orderBy: { id: "asc" },
      select: versionSelect,
    }),
    db.section.findMany({ select: { slug: true } }),
    db.tag.findMany({ where: { articles: { some: { article: { status: "PUBLISHED" } } } }, select: { slug: true }, take: 900 }),
    siteLanguage ?? getSiteSettings(db).then((s) => s.siteLanguage),
  ]);
  const groups = new Map<string, (LanguageVersion & { id: string })[]>();
  for (const a of translated) groups.set(a.translationGroupId!, [...(groups.get(a.translationGroupId!) ?? []), a]);
  return [
    { loc: `${siteUrl}/`, lastmod: articles[0]?.publishedAt ?? undefined },
    ...sections.map((s) => ({ loc: `${siteUrl}/${s.slug}` })),
    ...tags.map((t) => ({ loc: `${siteUrl}/tag/${t.slug}` })),
    ...articles.map((a) => {
      const others = a.translationGroupId ? (groups.get(a.translationGroupId) ?? []).filter((v) => v.id !== a.id) : [];
      const alternates = languageAlternates(siteUrl, language, a, others);
      return {
        loc: `${siteUrl}/${a.section.slug}/${a.slug}`,
        lastmod: a.liveUpdatedAt ?? a.publishedAt ?? undefined,
        ...(Object.keys(alternates).length ? { alternates } : {}),
      };
    }),
  ];
}

export function buildSitemap(urls: Url[]): string {
  const body = urls
    .map((u) => {
      const lines = [`    <loc>${xml(u.loc)}</loc>`];
      if (u.lastmod) lines.push(`    <lastmod>${u.lastmod.toISOString()}</lastmod>`);
      for (const [hreflang, href] of Object.entries(u.alternates ?? {})) {
        lines.push(`    <xhtml:link rel="alternate" hreflang="${xml(hreflang)}" href="${xml(href)}"/>`);
      }
      return `  <url>\n${lines.join("\n")}\n  </url>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${body}
</urlset>
`;
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
  const body = items
    .map(
      (a) => `  <url>
    <loc>${xml(`${siteUrl}/${a.section.slug}/${a.slug}`)}</loc>
    <news:news>
      <news:publication>
        <news:name>${xml(publication.name)}</news:name>
        <news:language>${xml(newsLanguage(articleLanguage(a, publication.language)))}</news:language>
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
