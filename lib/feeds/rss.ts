// RSS 2.0 feeds of published articles: the whole site, or one section. Each
// item carries the lead as its description and the whole body, as the public
// page shows it (figures, tables with their captions), as content:encoded.
import type { Db } from "@/lib/db/client";
import { absoluteMediaUrl, largestVariant } from "@/lib/media/urls";
import { xmlDocument, xmlText } from "@/lib/feeds/xml-document";
import { galleryImagesInHtml } from "@/lib/content/galleries";

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
      bodyHtml: true,
      publishedAt: true,
      section: { select: { name: true, slug: true } },
      authors: { select: { byline: true }, orderBy: { position: "asc" } },
      coverMedia: { select: { fileKey: true, variants: true, width: true, height: true } },
    },
  });
}

/** A feed's article; one without bodyHtml gives an item with its lead only. */
export type FeedItem = Omit<Awaited<ReturnType<typeof feedArticles>>[number], "bodyHtml"> & { bodyHtml?: string };

/** The section named in a feed's address and its newest published articles; null for no such section. */
export async function sectionFeedArticles(db: Db, sectionSlug: string): Promise<{ section: { id: string; name: string }; items: FeedItem[] } | null> {
  const section = await db.section.findUnique({ where: { slug: sectionSlug }, select: { id: true, name: true } });
  if (!section) return null;
  return { section, items: await feedArticles(db, { sectionId: section.id }) };
}

const NS = {
  atom: "http://www.w3.org/2005/Atom",
  dc: "http://purl.org/dc/elements/1.1/",
  media: "http://search.yahoo.com/mrss/",
  content: "http://purl.org/rss/1.0/modules/content/",
};

/**
 * The body's HTML for a feed reader, which has no base address: our media's
 * paths (src, srcset and a video's poster) made absolute. The HTML is the server's own
 * (lib/content/body-html.ts), where a quote in text is always escaped, so an
 * attribute cannot be imitated by text.
 */
export function feedBodyHtml(html: string, siteUrl: string): string {
  return html.replace(/ (src|srcset|poster)="([^"]*)"/g, (_, name: string, value: string) => {
    const absolute = value.replace(/(^|,\s*)\/(?!\/)/g, (_match, before: string) => `${before}${siteUrl}/`);
    return ` ${name}="${absolute}"`;
  });
}

export function buildRss(site: FeedSite, feedPath: string, items: FeedItem[], title = site.name): string {
  const doc = xmlDocument();
  const rss = doc.ele("rss", { version: "2.0", "xmlns:atom": NS.atom, "xmlns:dc": NS.dc, "xmlns:media": NS.media, "xmlns:content": NS.content });
  const channel = rss.ele("channel");
  channel.ele("title").txt(title);
  channel.ele("link").txt(site.url);
  channel.ele("description").txt(site.description);
  channel.ele("language").txt(site.language);
  channel.ele("lastBuildDate").txt((items[0]?.publishedAt ?? new Date()).toUTCString());
  channel.ele(NS.atom, "atom:link", { href: site.url + feedPath, rel: "self", type: "application/rss+xml" });
  for (const a of items) {
    const item = channel.ele("item");
    item.ele("title").txt(a.title);
    item.ele("link").txt(`${site.url}/${a.section.slug}/${a.slug}`);
    item.ele("guid", { isPermaLink: "false" }).txt(a.id);
    item.ele("description").txt(a.lead);
    item.ele("category").txt(a.section.name);
    const author = a.authors.map((x) => x.byline).join(", ");
    if (author) item.ele(NS.dc, "dc:creator").txt(author);
    item.ele("pubDate").txt((a.publishedAt ?? new Date(0)).toUTCString());
    if (a.bodyHtml) item.ele(NS.content, "content:encoded").txt(feedBodyHtml(a.bodyHtml, site.url));
    // Media RSS rather than <enclosure>, which would need the file's byte length.
    if (a.coverMedia) {
      item.ele(NS.media, "media:content", {
        url: absoluteMediaUrl(site.url, a.coverMedia.fileKey, largestVariant(a.coverMedia.variants)),
        medium: "image",
        type: "image/webp",
        width: String(a.coverMedia.width),
        height: String(a.coverMedia.height),
      });
    }
    // The body's gallery pictures after the cover, each with its caption and credit.
    for (const g of galleryImagesInHtml(a.bodyHtml ?? "")) {
      const media = item.ele(NS.media, "media:content", {
        url: g.src.startsWith("/") ? site.url + g.src : g.src,
        medium: "image",
        ...(g.src.endsWith(".webp") ? { type: "image/webp" } : {}),
        ...(g.width && g.height ? { width: String(g.width), height: String(g.height) } : {}),
      });
      if (g.caption) media.ele(NS.media, "media:description", { type: "plain" }).txt(g.caption);
      if (g.credit) media.ele(NS.media, "media:credit").txt(g.credit);
    }
  }
  return xmlText(doc);
}
