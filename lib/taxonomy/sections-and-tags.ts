// Sections and tags, managed by the desk. A section's slug is part of every
// article address in it, so renaming a section keeps the old addresses
// working (301) through the same mechanism as renamed articles.
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { isLocale } from "@/lib/i18n/catalogue";
import { recordAddressChange } from "@/lib/articles/slug-history";
import { RESERVED_SECTION_SLUGS, slugify } from "@/lib/text/slug";

/** Lengths the actions accept; the catalogues' "sections.validation" messages state them. */
export const TAXONOMY_LIMITS = { sectionName: 80, slug: 80, description: 300, tagName: 60 } as const;

function assertDesk(actor: Pick<Actor, "role">) {
  if (!can(actor.role, "taxonomy:manage")) throw new UserError("sections.errors.notAllowed");
}

/**
 * The section's names in other languages as stored JSON text: only languages
 * the site has a catalogue for, blanks dropped, each held to the same length
 * as the name itself.
 */
function sectionNamesText(names: Record<string, string> | undefined): string {
  const kept: Record<string, string> = {};
  for (const [locale, raw] of Object.entries(names ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (!isLocale(locale)) throw new UserError("validation.language");
    const value = raw.trim();
    if (value.length > TAXONOMY_LIMITS.sectionName) throw new UserError("sections.validation.nameTooLong");
    if (value) kept[locale] = value;
  }
  return JSON.stringify(kept);
}

async function checkSectionSlug(db: Db, slug: string, exceptId?: string) {
  if (!slug) throw new UserError("sections.errors.nameNeedsLetter");
  if (RESERVED_SECTION_SLUGS.has(slug)) throw new UserError("sections.errors.reservedSlug", { slug });
  const other = await db.section.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== exceptId) throw new UserError("sections.errors.slugTaken", { slug });
}

export async function createSection(db: Db, actor: Pick<Actor, "id" | "role">, input: { name: string; slug?: string; description?: string; names?: Record<string, string> }) {
  assertDesk(actor);
  const name = input.name.trim();
  if (!name) throw new UserError("sections.errors.nameMissing");
  const names = sectionNamesText(input.names);
  const slug = slugify(input.slug?.trim() || name);
  await checkSectionSlug(db, slug);
  return db.$transaction(async (tx) => {
    const position = ((await tx.section.aggregate({ _max: { position: true } }))._max.position ?? -1) + 1;
    const section = await tx.section.create({ data: { name, names, slug, description: input.description?.trim() ?? "", position } });
    await recordAudit(tx, { action: "section.created", actorId: actor.id, targetType: "section", targetId: section.id, detail: { name, names, slug } });
    return section;
  });
}

export async function updateSection(db: Db, actor: Pick<Actor, "id" | "role">, input: { id: string; name: string; slug: string; description: string; names?: Record<string, string> }) {
  assertDesk(actor);
  const name = input.name.trim();
  if (!name) throw new UserError("sections.errors.nameMissing");
  // Without `names` the other languages' names stay as they are.
  const names = input.names === undefined ? undefined : sectionNamesText(input.names);
  const slug = slugify(input.slug.trim() || name);
  await checkSectionSlug(db, slug, input.id);
  return db.$transaction(async (tx) => {
    const before = await tx.section.findUnique({ where: { id: input.id } });
    if (!before) throw new UserError("sections.errors.sectionGone");
    await tx.section.update({ where: { id: input.id }, data: { name, slug, description: input.description.trim(), ...(names === undefined ? {} : { names }) } });
    if (before.slug !== slug) {
      const published = await tx.article.findMany({ where: { sectionId: input.id, publishedAt: { not: null } }, select: { id: true, slug: true } });
      for (const a of published) await recordAddressChange(tx, a.id, { sectionSlug: before.slug, slug: a.slug }, { sectionSlug: slug, slug: a.slug });
    }
    await recordAudit(tx, { action: "section.updated", actorId: actor.id, targetType: "section", targetId: input.id, detail: { from: { name: before.name, names: before.names, slug: before.slug }, to: { name, names: names ?? before.names, slug } } });
  });
}

export async function moveSection(db: Db, actor: Pick<Actor, "id" | "role">, input: { id: string; by: -1 | 1 }) {
  assertDesk(actor);
  await db.$transaction(async (tx) => {
    const sections = await tx.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true } });
    const i = sections.findIndex((s) => s.id === input.id);
    const j = i + input.by;
    if (i < 0 || j < 0 || j >= sections.length) return;
    [sections[i], sections[j]] = [sections[j], sections[i]];
    for (const [position, s] of sections.entries()) await tx.section.update({ where: { id: s.id }, data: { position } });
  });
}

export async function renameTag(db: Db, actor: Pick<Actor, "id" | "role">, input: { id: string; name: string }) {
  assertDesk(actor);
  const name = input.name.trim();
  const slug = slugify(name);
  if (!slug) throw new UserError("sections.errors.tagNeedsLetter");
  const other = await db.tag.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== input.id) throw new UserError("sections.errors.tagSlugTaken", { slug });
  await db.$transaction(async (tx) => {
    if (!(await tx.tag.findUnique({ where: { id: input.id }, select: { id: true } }))) throw new UserError("sections.errors.tagGone");
    await tx.tag.update({ where: { id: input.id }, data: { name, slug } });
    await recordAudit(tx, { action: "tag.renamed", actorId: actor.id, targetType: "tag", targetId: input.id, detail: { name, slug } });
  });
}

export async function deleteTag(db: Db, actor: Pick<Actor, "id" | "role">, input: { id: string }) {
  assertDesk(actor);
  await db.$transaction(async (tx) => {
    if (!(await tx.tag.findUnique({ where: { id: input.id }, select: { id: true } }))) throw new UserError("sections.errors.tagGone");
    const tag = await tx.tag.delete({ where: { id: input.id } }); // links to articles cascade
    await recordAudit(tx, { action: "tag.deleted", actorId: actor.id, targetType: "tag", targetId: input.id, detail: { name: tag.name } });
  });
}
