import { ArticleCard, LatestList } from "@/components/site/article-card";
import { featuredArticles, latestArticles } from "@/lib/articles/queries";
import { readConfig } from "@/lib/config";

// Rendered per request for now; cached rendering comes with the reader site.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { timeZone } = readConfig();
  const featured = await featuredArticles(5);
  const [leadStory, ...secondary] = featured;
  const latest = await latestArticles(24, featured.map((a) => a.id));
  return (
    <div className="home">
      <section className="featured" aria-label="Featured">
        {leadStory ? <ArticleCard article={leadStory} timeZone={timeZone} variant="lead" /> : null}
        <div className="secondary">
          {secondary.map((a) => (
            <ArticleCard key={a.id} article={a} timeZone={timeZone} />
          ))}
        </div>
      </section>
      <div className="home-columns">
        <section className="stream" aria-label="All stories">
          {latest.map((a) => (
            <ArticleCard key={a.id} article={a} timeZone={timeZone} />
          ))}
        </section>
        <aside>
          <LatestList articles={latest.slice(0, 10)} timeZone={timeZone} />
        </aside>
      </div>
    </div>
  );
}
