import type { Metadata } from "next";
import Link from "next/link";
import { ArticleCard, LatestList } from "@/components/site/article-card";
import { featuredArticles, latestArticles, sectionBlocks } from "@/lib/articles/queries";
import { getT } from "@/lib/i18n/server";
import { sectionPath } from "@/lib/site/paths";
import { publicSite, siteSettings } from "@/lib/site/settings";
import { coverImageUrl } from "@/lib/site/structured-data";

// Cached, regenerated at once on live changes (lib/cache/sync.ts) and at most every 60 s anyway.
export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const [site, [leadStory]] = await Promise.all([publicSite(), featuredArticles(1)]);
  const image = coverImageUrl(site, leadStory?.coverMedia ?? null);
  const title = site.tagline ? `${site.siteName}: ${site.tagline}` : site.siteName;
  return {
    title: { absolute: title },
    description: site.tagline || undefined,
    alternates: { canonical: "/" },
    openGraph: { title, description: site.tagline || undefined, url: "/", ...(image ? { images: [image] } : {}) },
    twitter: { card: image ? "summary_large_image" : "summary", title, ...(image ? { images: [image] } : {}) },
  };
}

export default async function HomePage() {
  const { siteName, featuredSlots, siteLanguage } = await siteSettings();
  const t = getT(siteLanguage, "site");
  // Lead story plus the secondary slots chosen by editors.
  const featured = await featuredArticles(featuredSlots);
  const [leadStory, ...secondary] = featured;
  const shown = featured.map((a) => a.id);
  const [latest, blocks] = await Promise.all([latestArticles(10), sectionBlocks(4, shown)]);
  return (
    <div className="home">
      <h1 className="visually-hidden">{siteName}</h1>
      <section className="featured" aria-label={t("featured")}>
        {leadStory ? <ArticleCard article={leadStory} variant="lead" /> : null}
        <div className="secondary">
          {secondary.map((a) => (
            <ArticleCard key={a.id} article={a} />
          ))}
        </div>
      </section>
      <div className="home-columns">
        <div className="section-blocks">
          {blocks
            .filter((b) => b.articles.length)
            .map(({ section, articles }) => (
              <section key={section.slug} className="section-block" aria-labelledby={`block-${section.slug}`}>
                <h2 id={`block-${section.slug}`} className="block-title">
                  <Link href={sectionPath(section.slug)}>{section.name}</Link>
                </h2>
                <div className="grid">
                  {articles.map((a) => (
                    <ArticleCard key={a.id} article={a} />
                  ))}
                </div>
              </section>
            ))}
        </div>
        <aside aria-label={t("latestStories")}>
          <LatestList articles={latest} />
        </aside>
      </div>
    </div>
  );
}
