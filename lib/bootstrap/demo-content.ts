// Demo content for a new installation: the real seed article (in Russian
// translation, linked to its Vietnamese version) laid out as its anatomy plus
// about thirty shorter Vietnamese articles across the sections, with photos
// drawn locally and written to the media store (local disk or the bucket),
// and the demo paper's Vietnamese tagline and footer as site settings.
// Loaded only into an empty database, so running start-up again never
// duplicates anything.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { demoArticles, demoSections, demoSiteSettings, type DemoBlock, type DemoSectionSlug } from "@/prisma/seed/demo-articles";
import { seedArticleVi } from "@/prisma/seed/seed-article-vi";
import { availableArticleSlug } from "@/lib/articles/slugs";
import { recordAudit } from "@/lib/audit/record";
import { indexArticle } from "@/lib/search";
import { prepareBody } from "@/lib/content/body";
import type { Db } from "@/lib/db/client";
import { mediaStore, storeImage } from "@/lib/media/storage";
import type { MediaStore } from "@/lib/media/store";
import { largestVariant, mediaUrl } from "@/lib/media/urls";
import { siteSettingsSchema, type SettingKey } from "@/lib/settings/site-settings";
import { slugify } from "@/lib/text/slug";
import { blocksToDoc, type FigureImage } from "@/lib/bootstrap/blocks";
import { demoImageSvg } from "@/lib/bootstrap/demo-images";
import { parseSeedArticle } from "@/lib/bootstrap/seed-article";

export const SEED_ARTICLE_FILE = path.resolve("prisma/seed/article-baonghean-ru.txt");

/** The demo sections' English names (Section.names), for the English stories and newsroom. */
const SECTION_NAMES_EN: Record<DemoSectionSlug, string> = {
  "thoi-su": "News",
  "kinh-te": "Economy",
  "xa-hoi": "Society",
  "van-hoa": "Culture",
  "the-thao": "Sports",
  "phap-luat": "Law",
  "giao-duc": "Education",
};

type PlannedArticle = {
  section: string;
  title: string;
  lead: string;
  bylines: string[];
  tags: string[];
  publishedAt: Date | null;
  status: "PUBLISHED" | "DRAFT" | "IN_REVIEW";
  featured: boolean;
  featuredRank: number;
  blocks: DemoBlock[];
  /** BCP 47 language of the text. */
  language: string;
  /** Articles with the same key become translations of one another. */
  translationKey?: string;
};

/** True when the database holds no content yet (users alone do not count). */
export async function isContentEmpty(db: Db): Promise<boolean> {
  const [articles, sections] = await Promise.all([db.article.count(), db.section.count()]);
  return articles === 0 && sections === 0;
}

export async function planDemoArticles(now: Date): Promise<PlannedArticle[]> {
  const seed = parseSeedArticle(await readFile(SEED_ARTICLE_FILE, "utf8"));
  const planned: PlannedArticle[] = [
    {
      section: "thoi-su",
      title: seed.title,
      lead: seed.lead,
      bylines: [seed.byline],
      tags: ["Мобилизация масс", "Демократия на низовом уровне", "Nghệ An"],
      publishedAt: seed.publishedAt,
      status: "PUBLISHED",
      // The Vietnamese version leads the Vietnamese paper's front page; this
      // one is its translation ("Read in …").
      featured: false,
      featuredRank: 0,
      blocks: seed.blocks,
      language: "ru",
      translationKey: "seed",
    },
    {
      // The seed article in its original language, a few minutes later.
      section: "thoi-su",
      title: seedArticleVi.title,
      lead: seedArticleVi.lead,
      bylines: [seed.byline],
      tags: seedArticleVi.tags,
      publishedAt: new Date(seed.publishedAt.getTime() + 5 * 60_000),
      status: "PUBLISHED",
      featured: true,
      featuredRank: 0,
      blocks: seedArticleVi.blocks,
      language: "vi",
      translationKey: "seed",
    },
  ];
  // The featured stories follow the seed article's Vietnamese version (rank 0) newest first, so
  // the home page's secondary slots hold the day's news.
  const featuredRanks = new Map(
    demoArticles
      .filter((a) => a.featured && !a.status)
      .sort((a, b) => a.hoursAgo - b.hoursAgo)
      .map((a, i) => [a, i + 1]),
  );
  for (const a of demoArticles) {
    // A few stay in the newsroom (draft, in review), to show that unpublished
    // work is visible to staff only.
    const status = a.status ?? "PUBLISHED";
    planned.push({
      section: a.section,
      title: a.title,
      lead: a.lead,
      bylines: a.byline,
      tags: a.tags,
      publishedAt: status === "PUBLISHED" ? new Date(now.getTime() - a.hoursAgo * 3_600_000) : null,
      status,
      featured: featuredRanks.has(a),
      featuredRank: featuredRanks.get(a) ?? 0,
      blocks: a.blocks,
      language: "vi",
    });
  }
  return planned;
}

/**
 * The demo paper's name, tagline and footer, to store as site settings. No
 * name or tagline when SITE_NAME or SITE_TAGLINE is set: the operator's
 * choice wins over the demo's (a stored setting would hide the variable).
 */
export function demoSettings(env: Record<string, string | undefined> = process.env): Partial<Record<SettingKey, string>> {
  const settings: Partial<Record<SettingKey, string>> = { footerText: demoSiteSettings.footerText };
  if (env.SITE_NAME === undefined) settings.siteName = demoSiteSettings.siteName;
  if (env.SITE_TAGLINE === undefined) settings.tagline = demoSiteSettings.tagline;
  return settings;
}

async function drawFigures(count: number, seedBase: number, store: MediaStore) {
  const images: (FigureImage & { stored: Awaited<ReturnType<typeof storeImage>> })[] = [];
  for (let i = 0; i < count; i++) {
    const jpeg = await sharp(Buffer.from(demoImageSvg(seedBase + i, 1200, 675))).jpeg({ quality: 85 }).toBuffer();
    // Lowest AVIF effort: a fresh installation's first start encodes all the
    // demo images at once, and these flat drawn shapes compress well anyway
    // (about a fifth of the time of an upload's effort for some 20% more bytes).
    const stored = await storeImage(jpeg, store, { avifEffort: 1, renditionEffort: 1 });
    const w = largestVariant(stored.variants);
    images.push({ src: mediaUrl(stored.fileKey, w), mediaId: "", width: stored.width, height: stored.height, stored });
  }
  return images;
}

export type SeedResult = { seeded: boolean; articles: number; media: number };

export async function seedDemoContent(
  db: Db,
  options: { now?: Date; store?: MediaStore; createdById?: string | null; env?: Record<string, string | undefined> } = {},
): Promise<SeedResult> {
  if (!(await isContentEmpty(db))) return { seeded: false, articles: 0, media: 0 };
  const now = options.now ?? new Date();
  const store = options.store ?? mediaStore();
  const planned = await planDemoArticles(now);

  // Files first (outside the transaction), rows after in one transaction: a
  // crash leaves at worst unreferenced files, never half the content.
  // One article's images at a time: storeImage already keeps both cores busy,
  // and all at once would open hundreds of uploads to a bucket together (each
  // image is some 14 files with its crop renditions).
  const figuresPer: Awaited<ReturnType<typeof drawFigures>>[] = [];
  for (const [i, p] of planned.entries()) {
    figuresPer.push(await drawFigures(Math.max(1, p.blocks.filter((b) => b.type === "figure").length), i * 10, store));
  }

  let mediaCount = 0;
  const groups = new Map<string, string>();
  const translationGroup = (key: string) => {
    if (!groups.has(key)) groups.set(key, randomUUID());
    return groups.get(key)!;
  };
  await db.$transaction(
    async (tx) => {
      const sectionIds = new Map<string, string>();
      for (const [position, s] of demoSections.entries()) {
        const row = await tx.section.create({ data: { name: s.name, names: JSON.stringify({ en: SECTION_NAMES_EN[s.slug] }), slug: s.slug, description: s.description, position } });
        sectionIds.set(s.slug, row.id);
      }
      const tagIds = new Map<string, string>();
      const tagId = async (name: string) => {
        const slug = slugify(name);
        if (!tagIds.has(slug)) tagIds.set(slug, (await tx.tag.create({ data: { name, slug } })).id);
        return tagIds.get(slug)!;
      };

      for (const [i, p] of planned.entries()) {
        const figures = figuresPer[i];
        const captions = p.blocks.filter((b) => b.type === "figure");
        for (const [j, f] of figures.entries()) {
          const c = captions[j] ?? { caption: p.title, credit: "", alt: p.title };
          const media = await tx.media.create({
            data: {
              fileKey: f.stored.fileKey,
              mimeType: f.stored.mimeType,
              width: f.stored.width,
              height: f.stored.height,
              variants: f.stored.variants.join(","),
              formats: f.stored.formats.join(","),
              sizeBytes: f.stored.sizeBytes,
              // The crop renditions storeImage made (lib/media/renditions.ts).
              renditionKey: f.stored.renditionKey ?? "",
              renditions: JSON.stringify(f.stored.renditions ?? {}),
              alt: c.alt,
              caption: c.caption,
              credit: c.credit,
              uploadedById: options.createdById ?? null,
            },
          });
          f.mediaId = media.id;
          mediaCount++;
        }
        const body = prepareBody(
          blocksToDoc(
            p.blocks,
            figures.map(({ src, mediaId, width, height }) => ({ src, mediaId, width, height })),
          ),
          new Map(figures.map((f) => [f.mediaId, { fileKey: f.stored.fileKey, variants: f.stored.variants, formats: f.stored.formats.join(",") }])),
        );
        const sectionId = sectionIds.get(p.section);
        if (!sectionId) throw new Error(`Demo article "${p.title}" names unknown section ${p.section}`);
        // Two names can share a slug ("Vinh", "Винь"): link each tag once.
        const tagRows: { tagId: string; position: number }[] = [];
        for (const name of p.tags) {
          const id = await tagId(name);
          if (!tagRows.some((r) => r.tagId === id)) tagRows.push({ tagId: id, position: tagRows.length });
        }
        const article = await tx.article.create({
          data: {
            title: p.title,
            language: p.language,
            translationGroupId: p.translationKey ? translationGroup(p.translationKey) : null,
            slug: await availableArticleSlug(tx, sectionId, p.title),
            lead: p.lead,
            bodyJson: body.json,
            bodyHtml: body.html,
            bodyText: body.text,
            status: p.status,
            sectionId,
            featured: p.featured,
            featuredRank: p.featuredRank,
            coverMediaId: figures[0].mediaId,
            publishedAt: p.publishedAt,
            createdById: options.createdById ?? null,
            createdAt: p.publishedAt ?? now,
            authors: {
              create: p.bylines.map((byline, position) => ({ byline, bylineSlug: slugify(byline), position })),
            },
            tags: { create: tagRows },
          },
        });
        const inBody = figures.slice(0, captions.length).map((f) => ({ articleId: article.id, mediaId: f.mediaId }));
        if (inBody.length) await tx.articleMedia.createMany({ data: inBody });
        if (p.status === "PUBLISHED") await indexArticle(tx, { id: article.id, title: p.title, lead: p.lead, bodyText: body.text });
        await tx.revision.create({
          data: {
            articleId: article.id,
            version: article.version,
            snapshot: JSON.stringify({ title: p.title, lead: p.lead, bodyJson: body.json }),
            reason: "Demo content",
            authorId: options.createdById ?? null,
          },
        });
      }
      // Through the settings page's own rules; a value already stored (an admin's) stays.
      const settings: string[] = [];
      for (const [key, value] of Object.entries(demoSettings(options.env)) as [SettingKey, string][]) {
        const parsed = siteSettingsSchema.shape[key].parse(value);
        if (await tx.setting.findUnique({ where: { key } })) continue;
        await tx.setting.create({ data: { key, value: JSON.stringify(parsed) } });
        settings.push(key);
      }
      await recordAudit(tx, { action: "demo.seeded", actorId: options.createdById, detail: { articles: planned.length, settings } });
    },
    { timeout: 60_000 },
  );
  return { seeded: true, articles: planned.length, media: mediaCount };
}
