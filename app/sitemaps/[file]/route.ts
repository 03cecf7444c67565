// One child sitemap of the index at /sitemap.xml: "pages.xml" (home,
// sections, tags, bylines) or a month's articles ("2026-11.xml", continued in
// "2026-11-2.xml"…), with the hreflang alternates of translated articles.
// Names the index would not give answer 404.
import { buildSitemap } from "@/lib/feeds/sitemap";
import { sitemapFileUrls } from "@/lib/feeds/sitemap-files";
import { xmlResponse } from "@/lib/feeds/xml-document";
import { getT } from "@/lib/i18n/server";
import { siteForFeeds } from "@/lib/feeds/site";

export const revalidate = 60;
export const generateStaticParams = () => [];

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const { db, site } = await siteForFeeds();
  const urls = await sitemapFileUrls(db, site.url, file, { siteLanguage: site.language });
  if (!urls) {
    const t = getT(site.language, "site");
    return new Response(t("feeds.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return xmlResponse(buildSitemap(urls));
}
