// RSS 2.0 feed of the newest published articles, for feed readers and aggregators.
import { buildRss, feedArticles } from "@/lib/feeds/rss";
import { xmlResponse } from "@/lib/feeds/xml-document";
import { siteForFeeds } from "@/lib/feeds/site";

export const revalidate = 60;

export async function GET() {
  const { db, site } = await siteForFeeds();
  return xmlResponse(buildRss(site, "/rss.xml", await feedArticles(db)), "application/rss+xml; charset=utf-8");
}
