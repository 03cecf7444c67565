// The sitemap index (sitemaps.org): the child sitemaps at /sitemaps/<name>,
// by month of publication plus one of the other pages, so that no address is
// left out however many articles there are (lib/feeds/sitemap-files.ts).
import { buildSitemapIndex } from "@/lib/feeds/sitemap";
import { sitemapIndexEntries } from "@/lib/feeds/sitemap-files";
import { xmlResponse } from "@/lib/feeds/xml-document";
import { siteForFeeds } from "@/lib/feeds/site";

export const revalidate = 60;

export async function GET() {
  const { db, site } = await siteForFeeds();
  return xmlResponse(buildSitemapIndex(await sitemapIndexEntries(db, site.url)));
}
