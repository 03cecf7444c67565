// The front page's data and <head>.
import { featuredArticles, latestArticles, sectionBlocks } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { pageHead } from "@/lib/reader/head";
import { CARD_IMAGE_SIZES, coverPreload } from "@/lib/reader/images";
import type { PageDb, ReaderPage } from "@/lib/reader/pages/page";
import { coverImageUrl } from "@/lib/site/structured-data";
import { mostReadLists } from "@/lib/views/queries";
import { HomePage } from "@/components/site/pages/home-page";

/** Headlines in the rail beside the top stories: with them, 15 and more stories above the fold. */
const LATEST_RAIL = 12;

export async function homePage({ db }: PageDb, reader: ReaderContext): Promise<ReaderPage> {
  const { site } = reader;
  const featured = await featuredArticles(db, site.featuredSlots);
  const shown = featured.map((a) => a.id);
  const [latest, blocks, mostRead] = await Promise.all([
    latestArticles(db, LATEST_RAIL, shown),
    sectionBlocks(db, 4, shown),
    mostReadLists(db, reader.now),
  ]);
  const lead = featured[0]?.coverMedia ?? null;
  return {
    status: 200,
    head: pageHead(reader, {
      fullTitle: site.tagline ? `${site.siteName}: ${site.tagline}` : site.siteName,
      description: site.tagline,
      path: "/",
      image: coverImageUrl(site, lead),
      preload: lead ? [coverPreload(lead, CARD_IMAGE_SIZES.lead, "16x9")] : [],
    }),
    content: <HomePage reader={reader} data={{ featured, latest, blocks, mostRead }} />,
    header: { home: true },
  };
}
