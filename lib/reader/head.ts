// Every reader page's <head>, as data: title, description, canonical
// address, hreflang alternates, RSS autodiscovery, Open Graph and Twitter
// cards, the lead image's preload and JSON-LD. Built here, written out by
// components/site/document-head.tsx, so tests can check what a page declares
// without parsing HTML. Addresses are absolute (SITE_URL).
import type { PublishedArticle } from "@/lib/articles/queries";
import { socialImage } from "@/lib/media/focal-sources";
import { coverPreload, LEAD_IMAGE_SIZES, LEAD_RATIO, type ImagePreload } from "@/lib/reader/images";
import type { ReaderContext } from "@/lib/reader/context";
import type { IslandName } from "@/lib/reader/assets";
import { islandsIn } from "@/lib/reader/islands";
import { articleLanguage, languageAlternates } from "@/lib/site/languages";
import { articlePath } from "@/lib/site/paths";
import { breadcrumbLd, dateModified, jsonLdScript, newsArticleLd, videoObjectsLd } from "@/lib/site/structured-data";

export type Meta = { name: string; content: string } | { property: string; content: string };


export type DocumentHead = {
  title: string;
  description?: string;
  canonical?: string;
  /** hreflang → absolute address, this page included; empty when there is one language. */
  languages: Record<string, string>;
  feeds: { href: string; title: string }[];
  meta: Meta[];
  preload: ImagePreload[];
  /** JSON-LD, already escaped for a <script> element. */
  jsonLd?: string;
  noindex?: boolean;
  /** The optional islands the page loads (lib/reader/islands.ts). */
  islands?: IslandName[];
};

type PageInput = {
  /** The page's own title; the site's name is added after it (pass `fullTitle` for the home page). */
  title?: string;
  fullTitle?: string;
  description?: string;
  path?: string;
  image?: string;
  type?: "website" | "article";
  /** A section's own feed, on its pages and its articles'. */
  sectionFeed?: { slug: string; name: string };
  extraMeta?: Meta[];
  languages?: Record<string, string>;
  preload?: ImagePreload[];
  jsonLd?: string;
  noindex?: boolean;
  ogLocale?: string;
  islands?: IslandName[];
};

/** A page's canonical address (absolute): <link rel="canonical">, og:url and the share links say the same. */
export function canonicalUrl(site: { siteUrl: string }, path: string): string {
  return site.siteUrl + path;
}

const property = (p: string, content: string | undefined): Meta[] => (content ? [{ property: p, content }] : []);
const named = (n: string, content: string | undefined): Meta[] => (content ? [{ name: n, content }] : []);

/** The head of any reader page: the site-wide parts plus what `input` says. */
export function pageHead(reader: ReaderContext, input: PageInput): DocumentHead {
  const { site } = reader;
  const t = reader.t("site");
  const title = input.fullTitle ?? (input.title ? `${input.title} | ${site.siteName}` : site.siteName);
  const ogTitle = input.title ?? title;
  const url = input.path === undefined ? undefined : canonicalUrl(site, input.path);
  const feeds = [{ href: `${site.siteUrl}/rss.xml`, title: site.siteName }];
  if (input.sectionFeed) {
    feeds.push({
      href: `${site.siteUrl}/${input.sectionFeed.slug}/rss.xml`,
      title: t("feeds.sectionTitle", { section: input.sectionFeed.name, siteName: site.siteName }),
    });
  }
  return {
    title,
    description: input.description || undefined,
    canonical: url,
    languages: input.languages ?? {},
    feeds,
    preload: input.preload ?? [],
    jsonLd: input.jsonLd,
    noindex: input.noindex,
    islands: input.islands,
    meta: [
      ...property("og:site_name", site.siteName),
      ...property("og:type", input.type ?? "website"),
      ...property("og:locale", input.ogLocale ?? site.siteLanguage),
      ...property("og:title", ogTitle),
      ...property("og:description", input.description || undefined),
      ...property("og:url", url),
      ...property("og:image", input.image),
      ...(input.extraMeta ?? []),
      ...named("twitter:card", input.image ? "summary_large_image" : "summary"),
      ...named("twitter:title", ogTitle),
      ...named("twitter:description", input.description || undefined),
      ...named("twitter:image", input.image),
    ],
  };
}

/**
 * The first figure's image in stored body HTML (which lib/content/body.ts
 * writes, so its shape is known), to preload: it is the article page's
 * largest picture near the top.
 */
export function firstBodyImage(bodyHtml: string): ImagePreload[] {
  const figure = /<figure>([\s\S]*?)<\/figure>/.exec(bodyHtml)?.[1];
  if (!figure) return [];
  const attr = (tag: string | undefined, name: string) => (tag ? new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] : undefined);
  const img = /<img\b[^>]*>/.exec(figure)?.[0];
  const avif = /<source\b[^>]*type="image\/avif"[^>]*>/.exec(figure)?.[0];
  const src = attr(img, "src");
  if (!src) return [];
  const unescape = (s: string) => s.replace(/&amp;/g, "&");
  // One preload: the AVIF set where there is one (browsers without AVIF skip a typed preload), else the WebP set.
  const chosen = avif ?? img;
  return [
    {
      href: unescape(src),
      srcSet: unescape(attr(chosen, "srcset") ?? ""),
      sizes: attr(chosen, "sizes") ?? attr(img, "sizes") ?? "",
      ...(avif ? { type: "image/avif" } : {}),
    },
  ];
}

/**
 * Whether stored body HTML (lib/content/body.ts writes it, so its shape is
 * known) shows a figure before its first paragraph. Paragraphs with no text
 * (an empty line left at the top) do not count as the first paragraph.
 */
export function figureBeforeFirstParagraph(bodyHtml: string): boolean {
  const figure = bodyHtml.indexOf("<figure>");
  if (figure < 0) return false;
  const paragraph = /<p>(?!(?:\s|<br>)*<\/p>)/.exec(bodyHtml);
  return !paragraph || figure < paragraph.index;
}

/**
 * The cover to show as the article's lead image, or null: when the site
 * shows covers so (the coverAsLeadImage setting), the article has one, and
 * its body does not open with a picture of its own.
 */
export function leadCover<C>(site: { coverAsLeadImage: boolean }, article: { coverMedia: C | null; bodyHtml: string }): C | null {
  return site.coverAsLeadImage && article.coverMedia && !figureBeforeFirstParagraph(article.bodyHtml) ? article.coverMedia : null;
}

export function articleHead(reader: ReaderContext, article: PublishedArticle): DocumentHead {
  const { site } = reader;
  const title = article.seoTitle || article.title;
  const modified = dateModified(article);
  const language = articleLanguage(article, site.siteLanguage);
  const otherLanguages = [...new Set(article.translations.map((tr) => articleLanguage(tr, site.siteLanguage)))].filter((l) => l !== language);
  const cover = article.coverMedia;
  // The 1200×630 crop where the cover has one (lib/media/focal-sources.ts), with its real size.
  const social = cover ? socialImage(site.siteUrl, cover) : null;
  const image = social?.url;
  const lead = leadCover(site, article);
  return pageHead(reader, {
    title,
    description: article.seoDescription || article.lead,
    path: articlePath(article),
    image,
    type: "article",
    ogLocale: language,
    sectionFeed: { slug: article.section.slug, name: article.section.name },
    languages: languageAlternates(site.siteUrl, site.siteLanguage, article, article.translations),
    // The picture shown first: the cover as lead image, else the body's first figure.
    preload: lead ? [coverPreload(lead, LEAD_IMAGE_SIZES, LEAD_RATIO)] : firstBodyImage(article.bodyHtml),
    jsonLd: jsonLdScript([newsArticleLd(site, article), breadcrumbLd(site, article), ...videoObjectsLd(site, article)]),
    islands: islandsIn(article.bodyHtml),
    extraMeta: [
      // Which article the island script (lib/reader/assets/reader.js) counts a view of.
      ...named("sapo:article", article.id),
      ...otherLanguages.flatMap((l) => property("og:locale:alternate", l)),
      ...property("article:published_time", article.publishedAt?.toISOString()),
      ...property("article:modified_time", modified?.toISOString()),
      ...property("article:section", article.section.name),
      ...article.authors.flatMap((a) => property("article:author", a.byline)),
      ...article.tags.flatMap((t) => property("article:tag", t.tag.name)),
      ...(social && cover
        ? [...property("og:image:width", String(social.width)), ...property("og:image:height", String(social.height)), ...property("og:image:alt", cover.alt)]
        : []),
    ],
  });
}

