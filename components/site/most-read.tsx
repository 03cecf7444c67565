// "Most read": the stories with the most counted views (lib/views/) in the
// last 24 hours and the last 7 days. Nothing is shown until something has
// been read.
import type { ArticleCard as Card } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { langIfOther } from "@/lib/site/languages";
import { articlePath } from "@/lib/site/paths";

export type MostReadLists = { day: Card[]; week: Card[] };

function Ranked({ articles, reader, title }: { articles: Card[]; reader: ReaderContext; title: string }) {
  if (!articles.length) return null;
  return (
    <>
      <h3 className="most-read-period">{title}</h3>
      <ol className="ranked">
        {articles.map((a) => (
          <li key={a.id}>
            <a href={articlePath(a)} {...langIfOther(a.language, reader.locale)}>
              {a.title}
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}

export function MostRead({ lists, reader }: { lists?: MostReadLists; reader: ReaderContext }) {
  if (!lists || (!lists.day.length && !lists.week.length)) return null;
  const t = reader.t("site");
  return (
    <section className="most-read" aria-labelledby="most-read-heading">
      <h2 id="most-read-heading" className="block-title">
        {t("mostRead.title")}
      </h2>
      <Ranked articles={lists.day} reader={reader} title={t("mostRead.day")} />
      <Ranked articles={lists.week} reader={reader} title={t("mostRead.week")} />
    </section>
  );
}
