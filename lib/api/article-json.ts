// An article as the content API shows it (ApiArticle, lib/api/schemas.ts):
// only the live columns of a PUBLISHED row, the same ones the public page
// prints. Never the working state (pendingJson, the shared document), review
// notes, comments, suggestions or who wrote what: bylines are the printed
// names, and the body is the stored JSON with open suggestions left out, as
// readers see it.
//
// Addresses are absolute (the site's URL, as the feeds make them), and so
// are the media paths inside body.html. Images carry every stored rendition
// with its size and type (lib/media/urls.ts: Media.variants × Media.formats).
//
// `version` is the public version (lib/articles/public-version.ts), not the
// row's, which moves with unpublished saves and would change the answer (and
// its ETag) for nothing readers can see.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { ApiArticle } from "@/lib/api/schemas";
import { readConfig } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { publicVersions } from "@/lib/articles/public-version";
import type { JsonNode } from "@/lib/content/body";
import { withoutSuggestions } from "@/lib/content/suggestions";
import { feedBodyHtml } from "@/lib/feeds/rss";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { MEDIA_TYPES, mediaUrl, parseFormats, parseVariants } from "@/lib/media/urls";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/site/paths";
import { sectionName } from "@/lib/taxonomy/section-name";

/** What building an answer needs to know about the site. */
export type ApiSite = { url: string; language: string };

const mediaSelect = { id: true, fileKey: true, variants: true, formats: true, width: true, height: true, alt: true, caption: true, credit: true } as const;

/** The live columns an ApiArticle is made of. */
export const apiArticleSelect = {
  id: true,
  title: true,
  slug: true,
  lead: true,
  language: true,
  publishedAt: true,
  liveUpdatedAt: true,
  seoTitle: true,
  seoDescription: true,
  bodyHtml: true,
  bodyJson: true,
  translationGroupId: true,
  section: { select: { id: true, slug: true, name: true, names: true } },
  tags: { select: { tag: { select: { name: true, slug: true } } }, orderBy: { position: "asc" } },
  authors: { select: { byline: true, bylineSlug: true }, orderBy: { position: "asc" } },
  coverMedia: { select: mediaSelect },
  corrections: { select: { text: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.ArticleSelect;

export type ApiArticleRow = Prisma.ArticleGetPayload<{ select: typeof apiArticleSelect }>;
type MediaRow = Prisma.MediaGetPayload<{ select: typeof mediaSelect }>;

const PUBLISHED = { status: "PUBLISHED" } as const;

function absolute(siteUrl: string, url: string): string {
  return url.startsWith("/") ? siteUrl + url : url;
}

function image(site: ApiSite, media: MediaRow, texts: { alt: string; caption: string; credit: string }): ApiArticle["figures"][number] {
  const formats = parseFormats(media.formats);
  const renditions = parseVariants(media.variants).flatMap((width) =>
    formats.map((format) => ({
      href: absolute(site.url, mediaUrl(media.fileKey, width, format)),
      width,
      height: Math.max(1, Math.round((width * media.height) / Math.max(1, media.width))),
      contentType: MEDIA_TYPES[format],
    })),
  );
  // The texts by name: the cover passes its whole media row as `texts`, whose storage fields must not go out.
  return { id: media.id, alt: texts.alt, caption: texts.caption, credit: texts.credit, width: media.width, height: media.height, renditions };
}

/** The figures of a body (gallery images too), in order: their media id and the texts printed with them. */
function figureNodes(body: JsonNode): { mediaId: string; alt: string; caption: string; credit: string }[] {
  const out: { mediaId: string; alt: string; caption: string; credit: string }[] = [];
  const walk = (node: JsonNode) => {
    const a = node.attrs ?? {};
    if ((node.type === "figure" || node.type === "galleryImage") && typeof a.mediaId === "string" && a.mediaId) {
      out.push({ mediaId: a.mediaId, alt: String(a.alt ?? ""), caption: String(a.caption ?? ""), credit: String(a.credit ?? "") });
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(body);
  return out;
}

function parseBody(text: string): JsonNode {
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === "object" && !Array.isArray(value)) return withoutSuggestions(value as JsonNode);
  } catch {
    // A body that is not JSON (never written by the app): an empty document.
  }
  return { type: "doc", content: [] };
}

/** The published translations of each translation group among `rows`. */
async function translationsOf(db: Db, rows: ApiArticleRow[]) {
  const groups = [...new Set(rows.map((r) => r.translationGroupId).filter((g): g is string => Boolean(g)))];
  if (groups.length === 0) return [];
  const found = await db.article.findMany({
    where: { ...PUBLISHED, translationGroupId: { in: groups } },
    select: { id: true, language: true, title: true, slug: true, translationGroupId: true, section: { select: { slug: true } } },
  });
  // Ordered here rather than in SQL, where the engines place a null language differently.
  return found.sort((a, b) => (a.language ?? "").localeCompare(b.language ?? "") || a.id.localeCompare(b.id));
}

/** ApiArticles of published rows, in the rows' order, with a fixed number of queries however many. */
export async function buildApiArticles(db: Db, rows: ApiArticleRow[], site: ApiSite): Promise<ApiArticle[]> {
  const bodies = rows.map((r) => parseBody(r.bodyJson));
  const figures = bodies.map(figureNodes);
  const mediaIds = [...new Set(figures.flat().map((f) => f.mediaId))];
  const [media, versions, translations] = await Promise.all([
    mediaIds.length ? db.media.findMany({ where: { id: { in: mediaIds } }, select: mediaSelect }) : Promise.resolve([]),
    publicVersions(db, rows.map((r) => r.id)),
    translationsOf(db, rows),
  ]);
  const mediaById = new Map(media.map((m) => [m.id, m]));
  return rows.map((row, n) => {
    const language = row.language || site.language;
    const publishedAt = row.publishedAt ?? new Date(0);
    return {
      id: row.id,
      url: site.url + articlePath(row),
      title: row.title,
      lead: row.lead,
      language,
      section: { id: row.section.id, slug: row.section.slug, name: sectionName(row.section, language), url: site.url + sectionPath(row.section.slug) },
      tags: row.tags.map(({ tag }) => ({ slug: tag.slug, name: tag.name, url: site.url + tagPath(tag.slug) })),
      authors: row.authors.map((a) => ({ name: a.byline, slug: a.bylineSlug, url: site.url + authorPath(a.bylineSlug) })),
      publishedAt: publishedAt.toISOString(),
      updatedAt: (row.liveUpdatedAt ?? publishedAt).toISOString(),
      version: versions.get(row.id) ?? 1,
      seo: { title: row.seoTitle || null, description: row.seoDescription || null },
      cover: row.coverMedia ? image(site, row.coverMedia, row.coverMedia) : null,
      body: { html: feedBodyHtml(row.bodyHtml, site.url), json: bodies[n] },
      figures: figures[n].flatMap((f) => {
        const m = mediaById.get(f.mediaId);
        return m ? [image(site, m, { alt: f.alt || m.alt, caption: f.caption, credit: f.credit })] : [];
      }),
      corrections: row.corrections.map((c) => ({ text: c.text, createdAt: c.createdAt.toISOString() })),
      translations: translations
        .filter((t) => row.translationGroupId && t.translationGroupId === row.translationGroupId && t.id !== row.id)
        .map((t) => ({ id: t.id, language: t.language || site.language, title: t.title, url: site.url + articlePath(t) })),
    };
  });
}

/** One published row as an ApiArticle. */
export async function buildApiArticle(db: Db, row: ApiArticleRow, site: ApiSite): Promise<ApiArticle> {
  const [article] = await buildApiArticles(db, [row], site);
  return article;
}

/** The site's address (SITE_URL) and language (a setting), as answers need them. */
export async function loadApiSite(db: Db): Promise<ApiSite> {
  return { url: readConfig().siteUrl, language: (await getSiteSettings(db)).siteLanguage };
}

/** The published article `id` as an ApiArticle; null when there is none (or it is not published). */
export async function publishedApiArticle(db: Db, id: string, site?: ApiSite): Promise<ApiArticle | null> {
  const row = await db.article.findFirst({ where: { id, ...PUBLISHED }, select: apiArticleSelect });
  return row ? buildApiArticle(db, row, site ?? (await loadApiSite(db))) : null;
}
