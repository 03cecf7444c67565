// The front page: the editors' lead story and secondary picks, a block per
// section, and the latest stories.
import type { ArticleCard as Card, SectionBlock } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { sectionPath } from "@/lib/site/paths";
import { ArticleCard, LatestList } from "@/components/site/article-card";

export type HomeData = { featured: Card[]; latest: Card[]; blocks: SectionBlock[] };

export function HomePage({ reader, data }: { reader: ReaderContext; data: HomeData }) {
  const t = reader.t("site");
  const [leadStory, ...secondary] = data.featured;
  return (
    <div className="home">
      <h1 className="visually-hidden">{reader.site.siteName}</h1>
      <section className="featured" aria-label={t("featured")}>
        {leadStory ? <ArticleCard article={leadStory} reader={reader} variant="lead" /> : null}
        <div className="secondary">
          {secondary.map((a) => (
            <ArticleCard key={a.id} article={a} reader={reader} />
          ))}
        </div>
      </section>
      <div className="home-columns">
        <div className="section-blocks">
          {data.blocks
            .filter((b) => b.articles.length)
            .map(({ section, articles }) => (
              <section key={section.slug} className="section-block" aria-labelledby={`block-${section.slug}`}>
                <h2 id={`block-${section.slug}`} className="block-title">
                  <a href={sectionPath(section.slug)}>{section.name}</a>
                </h2>
                <div className="grid">
                  {articles.map((a) => (
                    <ArticleCard key={a.id} article={a} reader={reader} />
                  ))}
                </div>
              </section>
            ))}
        </div>
        <aside aria-label={t("latestStories")}>
          <LatestList articles={data.latest} reader={reader} />
        </aside>
      </div>
    </div>
  );
}
