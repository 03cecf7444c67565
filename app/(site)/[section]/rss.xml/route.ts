// RSS 2.0 feed of one section.
import { buildRss, feedArticles } from "@/lib/feeds/rss";
import { xmlResponse } from "@/lib/feeds/xml";
import { siteForFeeds } from "@/lib/site-db";

export const revalidate = 60;
export const generateStaticParams = () => [];

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section: slug } = await params;
  const { db, site } = await siteForFeeds();
  const section = await db.section.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!section) return new Response("Not found", { status: 404 });
  const items = await feedArticles(db, { sectionId: section.id });
  return xmlResponse(buildRss(site, `/${slug}/rss.xml`, items, `${section.name} – ${site.name}`), "application/rss+xml; charset=utf-8");
}
