// What staff members change about themselves in /newsroom/profile: for now,
// the language the newsroom speaks to them (User.language; null follows the
// site's language). Takes the database as its first argument, like
// lib/users/admin.ts, so tests run it against a fresh database.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { isLocale } from "@/lib/i18n/catalogue";
import type { Actor } from "@/lib/users/admin";

/** A language with a catalogue, or null for "the site's language". */
export const newsroomLanguageSchema = z.string("validation.language").refine(isLocale, "validation.language").nullable();

/** Sets the user's newsroom language, with a `user.language_changed` audit event. No-op if unchanged. */
export async function setNewsroomLanguage(db: Db, actor: Actor, language: string | null): Promise<{ changed: boolean }> {
  const parsed = newsroomLanguageSchema.safeParse(language);
  if (!parsed.success) throw new UserError(parsed.error.issues[0].message);
  const next = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { language: true } });
    if (user.language === next) return { changed: false };
    await tx.user.update({ where: { id: actor.id }, data: { language: next } });
    await recordAudit(tx, {
      action: "user.language_changed",
      actorId: actor.id,
      targetType: "user",
      targetId: actor.id,
      detail: { language: { from: user.language, to: next } },
      ip: actor.ip,
    });
    return { changed: true };
  });
}
