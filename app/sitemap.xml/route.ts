// sitemaps.org sitemap of every published article, section and tag, with the
// hreflang alternates of articles that have translations.
import { buildSitemap, sitemapUrls } from "@/lib/feeds/sitemap";
import { xmlResponse } from "@/lib/feeds/xml";
import { siteForFeeds } from "@/lib/feeds/site";

export const revalidate = 60;

export async function GET() {
  const { db, site } = await siteForFeeds();
  return xmlResponse(buildSitemap(await sitemapUrls(db, site.url, site.language)));
}
