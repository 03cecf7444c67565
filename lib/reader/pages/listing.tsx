// Listing pages: a section's, a tag's or a pen name's stories, page by page.
import { authorPage, findSection, latestArticles, sectionPage, tagPage, type ArticleCard, type Paged } from "@/lib/articles/queries";
import type { Db } from "@/lib/db/client";
import type { ReaderContext } from "@/lib/reader/context";
import { pageHead } from "@/lib/reader/head";
import { CARD_IMAGE_SIZES, coverPreload } from "@/lib/reader/images";
import type { PageDb, ReaderPage } from "@/lib/reader/pages/page";
import type { ListingKind } from "@/lib/reader/routes";
import { authorPath, sectionPath, tagPath } from "@/lib/site/paths";
import { coverImageUrl } from "@/lib/site/structured-data";
import { mostReadLists } from "@/lib/views/queries";
import { ArticleList } from "@/components/site/article-list";

/** Headlines in the column beside a listing. */
const LATEST_BESIDE = 8;

const firstCover = (cards: ArticleCard[]) => cards.find((a) => a.coverMedia)?.coverMedia ?? null;

type Listing = { title: string; description: string; intro: string; list: Paged<ArticleCard>; feed?: { slug: string; name: string } };

async function loadListing(db: Db, reader: ReaderContext, kind: ListingKind, slug: string, page: number): Promise<Listing | null> {
  const t = reader.t("site");
  if (kind === "section") {
    const section = await findSection(db, slug);
    if (!section) return null;
    return { title: section.name, description: section.description, intro: section.description, list: await sectionPage(db, section.id, page), feed: section };
  }
  if (kind === "tag") {
    const result = await tagPage(db, slug, page);
    return result ? { title: result.tag.name, description: t("tagDescription", { tag: result.tag.name }), intro: t("tag"), list: result } : null;
  }
  const result = await authorPage(db, slug, page);
  return result ? { title: result.author.byline, description: t("authorDescription", { name: result.author.byline }), intro: t("penName"), list: result } : null;
}

const LISTING_PATHS = { section: sectionPath, tag: tagPath, author: authorPath } as const;

/** A section's, tag's or pen name's page `page`; pages past the end are 404s. */
export async function listingPage({ db }: PageDb, reader: ReaderContext, kind: ListingKind, slug: string, page: number): Promise<ReaderPage | null> {
  const data = await loadListing(db, reader, kind, slug, page);
  if (!data || (page > 1 && page > data.list.pages)) return null;
  const [mostRead, latest] = await Promise.all([mostReadLists(db, reader.now), latestArticles(db, LATEST_BESIDE)]);
  const title = page > 1 ? reader.t("site")("pageTitle", { title: data.title, page }) : data.title;
  const path = LISTING_PATHS[kind];
  const cover = firstCover(data.list.items);
  // Page 1 opens with its newest story large (components/site/article-list.tsx).
  const lead = page === 1 ? data.list.items[0]?.coverMedia : null;
  return {
    status: 200,
    head: pageHead(reader, {
      title,
      description: data.description,
      path: path(slug, page),
      image: coverImageUrl(reader.site, cover),
      sectionFeed: data.feed,
      preload: lead ? [coverPreload(lead, CARD_IMAGE_SIZES.lead, "16x9")] : [],
    }),
    header: kind === "section" ? { section: { slug, exact: true } } : undefined,
    content: (
      <ArticleList
        reader={reader}
        title={data.title}
        intro={data.intro}
        articles={data.list.items}
        page={page}
        pages={data.list.pages}
        href={(n) => path(slug, n)}
        showSection={kind !== "section"}
        mostRead={mostRead}
        latest={latest}
      />
    ),
  };
}
