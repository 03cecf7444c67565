// The reader site's 404 page, for every address it does not know.
import { latestArticles } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { pageHead } from "@/lib/reader/head";
import type { PageDb, ReaderPage } from "@/lib/reader/pages/page";
import { NotFoundPage } from "@/components/site/pages/not-found-page";

export async function notFoundPage({ db }: PageDb, reader: ReaderContext): Promise<ReaderPage> {
  return {
    status: 404,
    head: pageHead(reader, { title: reader.t("site")("notFound.title"), noindex: true }),
    content: <NotFoundPage reader={reader} latest={await latestArticles(db, 8)} />,
  };
}
