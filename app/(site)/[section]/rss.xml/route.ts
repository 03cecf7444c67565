// RSS 2.0 feed of one section.
import { buildRss, sectionFeedArticles } from "@/lib/feeds/rss";
import { xmlResponse } from "@/lib/feeds/xml-document";
import { getT } from "@/lib/i18n/server";
import { siteForFeeds } from "@/lib/feeds/site";

export const revalidate = 60;
export const generateStaticParams = () => [];

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section: slug } = await params;
  const { db, site } = await siteForFeeds();
  const t = getT(site.language, "site");
  const feed = await sectionFeedArticles(db, slug);
  if (!feed) return new Response(t("feeds.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { section, items } = feed;
  return xmlResponse(
    buildRss(site, `/${slug}/rss.xml`, items, t("feeds.sectionTitle", { section: section.name, siteName: site.name })),
    "application/rss+xml; charset=utf-8",
  );
}
