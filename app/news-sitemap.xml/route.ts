// Google News sitemap: articles published in the last 48 hours, each with its
// own language (the site's for articles that name none).
import { buildNewsSitemap, newsArticles } from "@/lib/feeds/sitemap";
import { xmlResponse } from "@/lib/feeds/xml-document";
import { siteForFeeds } from "@/lib/feeds/site";

export const revalidate = 60;

export async function GET() {
  const { db, site } = await siteForFeeds();
  return xmlResponse(buildNewsSitemap(site.url, { name: site.name, language: site.language }, await newsArticles(db)));
}
