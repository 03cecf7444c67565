// An article of the content API (ApiArticle, lib/api/schemas.ts) as an IPTC
// ninjs 3.1 news item, the news industry's own JSON (https://iptc.org/std/ninjs/),
// for aggregators and newsroom systems that speak it. Answered for
// `Accept: application/ninjs+json` or `?format=ninjs` (lib/api/handler.ts);
// every document validates against the IPTC's schema (tests/integration/ninjs.test.ts).
//
// The mapping, property by property, is in toNinjs below. ninjs 3.1 has no
// caption or credit property: as the IPTC's user guide does for photo
// metadata, a picture's caption is one of its `descriptions` (role
// "caption") and its credit is its `by`. Nor has it links: the public page
// is a rendition of the item (a web page of the text) and an altId.
// Not `server-only`: the API is answered by Sapo's own server, outside Next.js.
import type { ApiArticle } from "@/lib/api/schemas";

export const NINJS_MEDIA_TYPE = "application/ninjs+json";
export const NINJS_VERSION = "3.1";
/** The schema's own `$id` (http, as the IPTC publishes it). */
export const NINJS_SCHEMA_ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";
export const NINJS_DOCS_URL = "https://iptc.org/std/ninjs/";

export type NinjsText = { role?: string; contentType?: string; value: string };
export type NinjsRendition = { name: string; href: string; contentType: string; width?: number; height?: number; title?: string };
export type NinjsConcept = { name: string; rel?: string; uri?: string; literal?: string };
export type NinjsAltId = { role: string; value: string };

/** The part of a ninjs item Sapo fills; the IPTC schema allows more. */
export type NinjsItem = {
  uri: string;
  standard?: { name: string; version: string; schema: string };
  type: "text" | "picture";
  representationType?: "full" | "partial";
  version?: string;
  firstCreated?: string;
  versionCreated?: string;
  pubStatus?: "usable";
  language?: string;
  copyrightHolder?: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: NinjsText[];
  by?: string;
  people?: NinjsConcept[];
  subjects?: NinjsConcept[];
  renditions?: NinjsRendition[];
  altIds?: NinjsAltId[];
  associations?: NinjsAssociation[];
};
export type NinjsAssociation = NinjsItem & { name: string; rel?: string };

export type NinjsOptions = {
  /** Who holds the rights to the text (the paper's name); left out when not given. */
  copyrightHolder?: string;
};

type Image = NonNullable<ApiArticle["cover"]>;

/** The item's identifier: the API's own address of the article, which no edit (not even of the slug) changes. */
export function ninjsItemUri(article: Pick<ApiArticle, "id" | "url">): string {
  return new URL(`/api/v1/articles/${encodeURIComponent(article.id)}`, article.url).href;
}

export function toNinjs(article: ApiArticle, options: NinjsOptions = {}): NinjsItem {
  const uri = ninjsItemUri(article);
  const item: NinjsItem = {
    uri,
    standard: { name: "ninjs", version: NINJS_VERSION, schema: NINJS_SCHEMA_ID },
    type: "text",
    representationType: "full",
    version: String(article.version),
    firstCreated: article.publishedAt,
    versionCreated: article.updatedAt,
    pubStatus: "usable",
    language: article.language,
    headlines: texts([
      { role: "main", value: article.title },
      { role: "seo", value: article.seo.title ?? "" },
    ]),
    descriptions: texts([
      { role: "summary", value: article.lead },
      { role: "seo", value: article.seo.description ?? "" },
      ...article.corrections.map((c) => ({ role: "correction", value: c.text })),
    ]),
    bodies: [{ role: "main", contentType: "text/html", value: article.body.html }],
    subjects: [
      { name: article.section.name, rel: "section", uri: href(article.section.url), literal: article.section.slug },
      ...article.tags.map((t) => ({ name: t.name, rel: "tag", uri: href(t.url), literal: t.slug })),
    ],
    renditions: [{ name: "web", href: href(article.url), contentType: "text/html", title: article.title }],
    altIds: [
      { role: "sapoId", value: article.id },
      { role: "webUrl", value: href(article.url) },
    ],
  };
  // The bylines exactly as the page prints them (pen names), joined the way
  // the article's language joins a list ("A và B", "A and B").
  if (article.authors.length > 0) {
    item.by = joinNames(
      article.authors.map((a) => a.name),
      article.language,
    );
    item.people = article.authors.map((a) => ({ name: a.name, rel: "author", uri: href(a.url), literal: a.slug }));
  }
  if (options.copyrightHolder) item.copyrightHolder = options.copyrightHolder;

  const associations: NinjsAssociation[] = [];
  if (article.cover) associations.push(picture(article.cover, { name: "cover", rel: "cover", uri: `${uri}#cover` }));
  article.figures.forEach((figure, i) => {
    associations.push(picture(figure, { name: `figure-${i + 1}`, rel: "figure", uri: `${uri}#figure-${i + 1}` }));
  });
  if (associations.length > 0) item.associations = associations;
  return item;
}

/** A picture of the article as an associated ninjs item: its caption, alt text and credit as printed, and its sizes. */
function picture(image: Image, at: { name: string; rel: string; uri: string }): NinjsAssociation {
  const association: NinjsAssociation = {
    name: at.name,
    rel: at.rel,
    uri: at.uri,
    type: "picture",
    altIds: [{ role: "sapoMediaId", value: image.id }],
    // Widest last, as the API lists them; named by width since the IPTC's
    // rendition names (thumbnail, preview…) do not fit a set of srcset widths.
    renditions: image.renditions.map((r) => ({
      name: `${r.width}w`,
      href: href(r.href),
      contentType: r.contentType,
      width: r.width,
      height: r.height,
    })),
  };
  const descriptions = texts([
    { role: "caption", value: image.caption },
    { role: "alt", value: image.alt },
  ]);
  if (descriptions.length > 0) association.descriptions = descriptions;
  if (image.credit.trim()) association.by = image.credit.trim();
  return association;
}

/** Plain-text entries with something in them. */
function texts(entries: { role: string; value: string }[]): NinjsText[] {
  return entries.filter((e) => e.value.trim() !== "").map((e) => ({ role: e.role, contentType: "text/plain", value: e.value }));
}

/** An absolute address as a strict URI: non-ASCII characters percent-encoded. */
function href(url: string): string {
  return new URL(url).href;
}

function joinNames(names: string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(names);
  } catch {
    // A language tag Intl does not know: a plain list still reads.
    return names.join(", ");
  }
}
