// RSS 2.0 feeds of published articles: the whole site, or one section.
import type { Db } from "@/lib/db/client";
import { absoluteMediaUrl, largestVariant } from "@/lib/media/urls";
import { xml } from "@/lib/feeds/xml";

export const FEED_SIZE = 30;

export type FeedSite = { name: string; url: string; description: string; language: string };

export async function feedArticles(db: Db, options: { sectionId?: string; limit?: number } = {}) {
  return db.article.findMany({
    where: { status: "PUBLISHED", ...(options.sectionId ? { sectionId: options.sectionId } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: options.limit ?? FEED_SIZE,
    select: {
      id: true,
      title: true,
      slug: true,
      lead: true,
      publishedAt: true,
      section: { select: { name: true, slug: true } },
      authors: { select: { byline: true }, orderBy: { position: "asc" } },
      coverMedia: { select: { fileKey: true, variants: true, width: true, height: true } },
    },
  });
}

export type FeedItem = Awaited<ReturnType<typeof feedArticles>>[number];

export function buildRss(site: FeedSite, feedPath: string, items: FeedItem[], title = site.name): string {
  const entries = items
    .map((a) => {
      const link = `${site.url}/${a.section.slug}/${a.slug}`;
      // Media RSS rather than <enclosure>, which would need the file's byte length.
      const image = a.coverMedia
        ? `\n      <media:content url="${xml(absoluteMediaUrl(site.url, a.coverMedia.fileKey, largestVariant(a.coverMedia.variants)))}" medium="image" type="image/webp" width="${a.coverMedia.width}" height="${a.coverMedia.height}"/>`
        : "";
      const author = a.authors.map((x) => x.byline).join(", ");
      return `    <item>
      <title>${xml(a.title)}</title>
      <link>${xml(link)}</link>
      <guid isPermaLink="false">${xml(a.id)}</guid>
      <description>${xml(a.lead)}</description>
      <category>${xml(a.section.name)}</category>${author ? `\n      <dc:creator>${xml(author)}</dc:creator>` : ""}
      <pubDate>${(a.publishedAt ?? new Date(0)).toUTCString()}</pubDate>${image}
    </item>`;
    })
    .join("\n");
  const updated = items[0]?.publishedAt ?? new Date();
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${xml(title)}</title>
    <link>${xml(site.url)}</link>
    <description>${xml(site.description)}</description>
    <language>${xml(site.language)}</language>
    <lastBuildDate>${updated.toUTCString()}</lastBuildDate>
    <atom:link href="${xml(site.url + feedPath)}" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`;
}
