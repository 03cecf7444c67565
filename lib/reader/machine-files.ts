// The reader site's files for machines: robots.txt, the RSS feeds (the
// site's and each section's), the sitemap index with its child sitemaps, and
// the Google News sitemap. Built by lib/feeds/ and kept by the document
// cache like pages, so each is made once per content change.
import type { RenderedDocument } from "@/lib/server/document-cache";
import type { Db } from "@/lib/db/client";
import { buildRss, feedArticles, sectionFeedArticles, type FeedSite } from "@/lib/feeds/rss";
import { buildNewsSitemap, buildSitemap, buildSitemapIndex, newsArticles } from "@/lib/feeds/sitemap";
import { sitemapFileUrls, sitemapIndexEntries } from "@/lib/feeds/sitemap-files";
import type { ReaderContext } from "@/lib/reader/context";
import type { ReaderRoute } from "@/lib/reader/routes";

export type MachineRoute = Extract<ReaderRoute, { kind: "robots" | "feed" | "sitemap-index" | "sitemap" | "news-sitemap" }>;

const RSS = "application/rss+xml; charset=utf-8";
const XML = "application/xml; charset=utf-8";
const TEXT = "text/plain; charset=utf-8";

type File = { status: 200 | 404; type: string; body: string };

function robots(siteUrl: string): string {
  return [
    "User-Agent: *",
    "Allow: /",
    "Disallow: /newsroom",
    "Disallow: /login",
    "Disallow: /api/",
    "Disallow: /search",
    "",
    `Sitemap: ${siteUrl}/sitemap.xml`,
    `Sitemap: ${siteUrl}/news-sitemap.xml`,
    "",
  ].join("\n");
}

async function build(db: Db, reader: ReaderContext, route: MachineRoute): Promise<File> {
  const { site } = reader;
  const feedSite: FeedSite = { name: site.siteName, url: site.siteUrl, description: site.tagline, language: site.siteLanguage };
  const notFound: File = { status: 404, type: TEXT, body: reader.t("site")("feeds.notFound") };
  switch (route.kind) {
    case "robots":
      return { status: 200, type: TEXT, body: robots(site.siteUrl) };
    case "feed": {
      if (!route.section) return { status: 200, type: RSS, body: buildRss(feedSite, "/rss.xml", await feedArticles(db)) };
      const feed = await sectionFeedArticles(db, route.section);
      if (!feed) return notFound;
      const title = reader.t("site")("feeds.sectionTitle", { section: feed.section.name, siteName: site.siteName });
      return { status: 200, type: RSS, body: buildRss(feedSite, `/${route.section}/rss.xml`, feed.items, title) };
    }
    case "sitemap-index":
      return { status: 200, type: XML, body: buildSitemapIndex(await sitemapIndexEntries(db, site.siteUrl)) };
    case "sitemap": {
      const urls = await sitemapFileUrls(db, site.siteUrl, route.file, { siteLanguage: site.siteLanguage });
      return urls ? { status: 200, type: XML, body: buildSitemap(urls) } : notFound;
    }
    case "news-sitemap":
      return { status: 200, type: XML, body: buildNewsSitemap(site.siteUrl, { name: site.siteName, language: site.siteLanguage }, await newsArticles(db)) };
  }
}

export async function renderMachineFile(db: Db, reader: ReaderContext, route: MachineRoute, headers: Record<string, string>): Promise<RenderedDocument> {
  const file = await build(db, reader, route);
  return { status: file.status, headers: { ...headers, "Content-Type": file.type }, body: file.body, cacheable: true };
}
