// The front page, dense the way a daily's is: the lead story, the secondary
// picks beside it and a rail of the latest headlines above the fold; below,
// a block per section (one story with its picture, the rest as rows) and
// the most read stories.
import type { ArticleCard as Card, SectionBlock } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { sectionPath } from "@/lib/site/paths";
import { ArticleCard, LatestList } from "@/components/site/article-card";
import { MostRead, type MostReadLists } from "@/components/site/most-read";

export type HomeData = { featured: Card[]; latest: Card[]; blocks: SectionBlock[]; mostRead?: MostReadLists };

function SectionBlockView({ block, reader }: { block: SectionBlock; reader: ReaderContext }) {
  const { section, articles } = block;
  const [first, ...rest] = articles;
  return (
    <section className="section-block" aria-labelledby={`block-${section.slug}`}>
      <h2 id={`block-${section.slug}`} className="block-title">
        <a href={sectionPath(section.slug)}>{section.name}</a>
      </h2>
      <div className="block-stories">
        <ArticleCard article={first} reader={reader} showSection={false} />
        <div className="block-rows">
          {rest.map((a) => (
            <ArticleCard key={a.id} article={a} reader={reader} variant="row" showSection={false} />
          ))}
        </div>
      </div>
    </section>
  );
}

export function HomePage({ reader, data }: { reader: ReaderContext; data: HomeData }) {
  const t = reader.t("site");
  const [leadStory, ...secondary] = data.featured;
  return (
    <div className="home">
      <h1 className="visually-hidden">{reader.site.siteName}</h1>
      <div className="home-top">
        <section className="top-stories" aria-label={t("featured")}>
          {leadStory ? <ArticleCard article={leadStory} reader={reader} variant="lead" /> : null}
          <div className="top-secondary">
            {secondary.map((a) => (
              <ArticleCard key={a.id} article={a} reader={reader} variant="row" />
            ))}
          </div>
        </section>
        <LatestList articles={data.latest} reader={reader} />
      </div>
      <div className="home-columns">
        <div className="section-blocks">
          {data.blocks
            .filter((b) => b.articles.length)
            .map((block) => (
              <SectionBlockView key={block.section.slug} block={block} reader={reader} />
            ))}
        </div>
        <MostRead lists={data.mostRead} reader={reader} />
      </div>
    </div>
  );
}
