// The paginated listings of the reader site (section, tag, author), shared by
// each base route and its /page/<n> route. Unknown names and pages past the
// end are 404s.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { authorPage, findSection, sectionPage, tagPage } from "@/lib/articles/queries";
import { getT, type Translate } from "@/lib/i18n/server";
import { authorPath, parsePageParam, sectionPath, tagPath } from "@/lib/site/paths";
import { publicSite, siteLocale } from "@/lib/site/settings";
import { coverImageUrl } from "@/lib/site/structured-data";
import { ArticleList } from "@/components/site/article-list";

async function loadSection(slug: string, page: number) {
  const section = await findSection(slug);
  if (!section) return null;
  const list = await sectionPage(section.id, page);
  return { title: section.name, description: section.description, list };
}

// `t`: the "site" messages in the site's language.
async function loadTag(slug: string, page: number, t: Translate) {
  const result = await tagPage(slug, page);
  return result ? { title: result.tag.name, description: t("tagDescription", { tag: result.tag.name }), list: result } : null;
}

async function loadAuthor(slug: string, page: number, t: Translate) {
  const result = await authorPage(slug, page);
  return result ? { title: result.author.byline, description: t("authorDescription", { name: result.author.byline }), list: result } : null;
}

const KINDS = {
  section: { load: loadSection, path: sectionPath },
  tag: { load: loadTag, path: tagPath },
  author: { load: loadAuthor, path: authorPath },
} as const;

export type ListingKind = keyof typeof KINDS;

export async function listingMetadata(kind: ListingKind, slug: string, page: number | null): Promise<Metadata> {
  const t = getT(await siteLocale(), "site");
  const data = page ? await KINDS[kind].load(slug, page, t) : null;
  if (!data || page! > data.list.pages) return {};
  const title = page! > 1 ? t("pageTitle", { title: data.title, page: page! }) : data.title;
  const canonical = KINDS[kind].path(slug, page!);
  const image = coverImageUrl(await publicSite(), data.list.items.find((a) => a.coverMedia)?.coverMedia ?? null);
  return {
    title,
    description: data.description,
    alternates: { canonical },
    openGraph: { title, description: data.description, url: canonical, ...(image ? { images: [image] } : {}) },
    twitter: { card: image ? "summary_large_image" : "summary", title, ...(image ? { images: [image] } : {}) },
  };
}

export async function Listing({ kind, slug, page }: { kind: ListingKind; slug: string; page: number | null }) {
  if (!page) notFound();
  const t = getT(await siteLocale(), "site");
  const data = await KINDS[kind].load(slug, page, t);
  if (!data || (page > 1 && page > data.list.pages)) notFound();
  return (
    <ArticleList
      title={data.title}
      intro={kind === "section" ? data.description : kind === "author" ? t("penName") : t("tag")}
      articles={data.list.items}
      page={page}
      pages={data.list.pages}
      href={(n) => KINDS[kind].path(slug, n)}
    />
  );
}

type BaseProps = { params: Promise<Record<string, string>> };

/**
 * Page and metadata functions for a listing's two routes (`…/<slug>` and
 * `…/<slug>/page/<n>`), so each route file is a few re-exports. `param` is
 * the name of the route's slug segment.
 */
export function listingRoute(kind: ListingKind, param: string) {
  const pageOf = (p: Record<string, string>) => (p.n === undefined ? 1 : parsePageParam(p.n));
  return {
    async generateMetadata({ params }: BaseProps): Promise<Metadata> {
      const p = await params;
      return listingMetadata(kind, p[param], pageOf(p));
    },
    async Page({ params }: BaseProps) {
      const p = await params;
      return <Listing kind={kind} slug={p[param]} page={pageOf(p)} />;
    },
  };
}
