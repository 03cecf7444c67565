// Translations: articles sharing a translationGroupId are the same story in
// different languages, one article per language (lib/articles/languages.ts).
// Linking, unlinking and creating a translation change which articles an
// article's page offers ("Read in …"), so they follow the rule of editing:
// whoever changes the group must be able to edit every article whose group
// changes (canEditArticle). Each change is one transaction with an audit entry,
// holding the "translation-groups" lock (lib/db/concurrency.ts) before it reads
// a group: two changes at once would otherwise each find a language free.
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { holdLock, withRetry } from "@/lib/db/concurrency";
import { containsText } from "@/lib/db/text-match";
import type { Db, Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { availableLocales } from "@/lib/i18n/catalogue";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { canEditArticle } from "@/lib/articles/access";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { insertDraft, prepareDraft } from "@/lib/articles/editing";
import type { TranslationsView } from "@/lib/articles/editor-state";
import { assertLanguageFree, canonicalLanguageTag, effectiveLanguage, languageName, languageOptions, workingLanguage } from "@/lib/articles/languages";
import { revisionReason } from "@/lib/articles/revision-reasons";

const memberSelect = {
  id: true,
  title: true,
  status: true,
  language: true,
  pendingJson: true,
  translationGroupId: true,
  createdById: true,
  authors: { select: { userId: true } },
} as const;

type Member = NonNullable<Awaited<ReturnType<typeof loadMember>>>;

function loadMember(db: Tx, id: string) {
  return db.article.findUnique({ where: { id }, select: memberSelect });
}

const ownershipOf = (m: Member) => ({ status: m.status, createdById: m.createdById, authorUserIds: m.authors.map((a) => a.userId) });

/** The working title: a published article's pending one, as the editor shows it. */
function workingTitle(m: Pick<Member, "title" | "pendingJson">): string {
  return m.pendingJson ? ((JSON.parse(m.pendingJson) as { title?: string }).title ?? m.title) : m.title;
}

function mayChange(user: Pick<Actor, "id" | "role">, m: Member): void {
  if (!canEditArticle(user, ownershipOf(m))) throw new UserError("editor.errors.translationNotAllowed", { title: workingTitle(m) || "—" });
}

type Audit = { ip?: string | null };

/** Links `otherId` to `articleId` as translations of each other. Returns the group's id. */
export async function linkTranslation(db: Db, user: Actor, input: { articleId: string; otherId: string } & Audit): Promise<string> {
  if (input.articleId === input.otherId) throw new UserError("editor.errors.translationSelf");
  return db.$transaction(async (tx) => {
    await holdLock(tx, "translation-groups");
    const [a, b] = await Promise.all([loadMember(tx, input.articleId), loadMember(tx, input.otherId)]);
    if (!a) throw new UserError("editor.errors.articleGone");
    if (!b) throw new UserError("editor.errors.translationNotFound");
    mayChange(user, a);
    mayChange(user, b);
    if (a.translationGroupId && a.translationGroupId === b.translationGroupId) throw new UserError("editor.errors.translationAlreadyLinked");
    if (a.translationGroupId && b.translationGroupId) {
      throw new UserError("editor.errors.translationInOtherGroup", { title: workingTitle(b) || "—" });
    }
    // The article without a group joins the other's; two loose articles start one.
    const groupId = a.translationGroupId ?? b.translationGroupId ?? randomUUID();
    for (const joining of [a, b]) {
      if (joining.translationGroupId) continue;
      await assertLanguageFree(tx, groupId, workingLanguage(joining), [joining.id]);
      await tx.article.update({ where: { id: joining.id }, data: { translationGroupId: groupId } });
    }
    await recordAudit(tx, {
      action: "article.translation_linked",
      actorId: user.id,
      targetType: "article",
      targetId: a.id,
      detail: { title: a.title, with: b.id, withTitle: b.title, groupId },
      ip: input.ip ?? null,
    });
    return groupId;
  });
}

/**
 * Takes an article out of its translation group; a group left with one
 * article is dissolved, which the caller must be allowed for that article too.
 */
export async function unlinkTranslation(db: Db, user: Actor, input: { articleId: string } & Audit): Promise<void> {
  await db.$transaction(async (tx) => {
    await holdLock(tx, "translation-groups");
    const m = await loadMember(tx, input.articleId);
    if (!m) throw new UserError("editor.errors.articleGone");
    mayChange(user, m);
    const groupId = m.translationGroupId;
    if (!groupId) throw new UserError("editor.errors.translationNotLinked");
    // A "group" of one article links nothing: the last other one leaves it
    // too, so it can join another. That changes its group, so the caller
    // must be able to edit it; otherwise nothing changes (a clear refusal
    // rather than leaving a group of one, which nothing else expects).
    const rest = await tx.article.findMany({ where: { translationGroupId: groupId, id: { not: m.id } }, select: memberSelect });
    const alone = rest.length === 1 ? rest[0] : null;
    if (alone && !canEditArticle(user, ownershipOf(alone))) {
      throw new UserError("editor.errors.translationUnlinkLeavesOther", { title: workingTitle(alone) || "—" });
    }
    await tx.article.update({ where: { id: m.id }, data: { translationGroupId: null } });
    if (alone) await tx.article.update({ where: { id: alone.id }, data: { translationGroupId: null } });
    await recordAudit(tx, {
      action: "article.translation_unlinked",
      actorId: user.id,
      targetType: "article",
      targetId: m.id,
      detail: { title: m.title, groupId },
      ip: input.ip ?? null,
    });
  });
}

/**
 * Starts a translation of an article: a new draft in the same section, in
 * `language`, with the original's title for the translator to rewrite,
 * linked into the original's group. Returns the new article's id.
 */
export async function createTranslation(db: Db, user: Actor, input: { articleId: string; language: string } & Audit): Promise<string> {
  if (!can(user.role, "article:create")) throw new UserError("errors.forbidden");
  const language = canonicalLanguageTag(input.language);
  if (!language) throw new UserError("editor.validation.language");
  const original = await loadEditorArticle(db, input.articleId);
  if (!original) throw new UserError("editor.errors.articleGone");
  const draft = await prepareDraft(db, user, { sectionId: original.sectionId, title: original.title, language });
  // Retried when another new article took the slug meanwhile (insertDraft).
  return withRetry(db, async (tx) => {
    await holdLock(tx, "translation-groups");
    const m = await loadMember(tx, input.articleId);
    if (!m) throw new UserError("editor.errors.articleGone");
    mayChange(user, m);
    const groupId = m.translationGroupId ?? randomUUID();
    // The original joins first, so its own language counts as taken too.
    if (!m.translationGroupId) await tx.article.update({ where: { id: m.id }, data: { translationGroupId: groupId } });
    await assertLanguageFree(tx, groupId, language, []);
    const id = await insertDraft(tx, user, draft, revisionReason("createdTranslation", { title: original.title }), { translationGroupId: groupId });
    await recordAudit(tx, {
      action: "article.translation_created",
      actorId: user.id,
      targetType: "article",
      targetId: id,
      detail: { from: m.id, title: original.title, language, groupId },
      ip: input.ip ?? null,
    });
    return id;
  });
}

/** The article's translations (itself excluded) and what this person may do with them, for the editor. */
export async function translationsView(db: Tx, user: Pick<Actor, "id" | "role">, articleId: string): Promise<TranslationsView | null> {
  const m = await loadMember(db, articleId);
  if (!m) return null;
  const { siteLanguage } = await getSiteSettings(db);
  const members = m.translationGroupId
    ? await db.article.findMany({ where: { translationGroupId: m.translationGroupId, id: { not: m.id } }, select: memberSelect, orderBy: { createdAt: "asc" } })
    : [];
  const used = new Set([m, ...members].map((x) => effectiveLanguage(workingLanguage(x), siteLanguage)));
  return {
    links: members.map((x) => {
      const language = effectiveLanguage(workingLanguage(x), siteLanguage);
      return { id: x.id, language, languageName: languageName(language), title: workingTitle(x), status: x.status, canUnlink: canEditArticle(user, ownershipOf(x)) };
    }),
    canChange: can(user.role, "article:create") && canEditArticle(user, ownershipOf(m)),
    freeLanguages: languageOptions(availableLocales()).filter((o) => !used.has(o.tag)),
  };
}

export type LinkCandidate = { id: string; title: string; language: string; languageName: string; status: Member["status"] };

const CANDIDATES = 10;

/**
 * Articles that could be linked to `articleId`: those in no translation
 * group whose title contains `q` (ignoring case), or the article whose id is `q`.
 */
export async function linkCandidates(db: Tx, articleId: string, q: string): Promise<LinkCandidate[]> {
  const text = q.trim();
  if (!text) return [];
  const rows = await db.article.findMany({
    where: {
      id: { not: articleId },
      OR: [{ id: text }, { translationGroupId: null, title: containsText(db, text) }],
    },
    select: memberSelect,
    orderBy: { updatedAt: "desc" },
    take: CANDIDATES,
  });
  const { siteLanguage } = await getSiteSettings(db);
  return rows.map((r) => {
    const language = effectiveLanguage(workingLanguage(r), siteLanguage);
    return { id: r.id, title: workingTitle(r), language, languageName: languageName(language), status: r.status };
  });
}
