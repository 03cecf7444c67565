// Which language each audience gets. Server code only.
import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { siteLocale } from "@/lib/site/settings";
import { resolveLocale } from "@/lib/i18n/catalogue";

/** A staff member's newsroom language: their own choice, else the site's. */
export async function newsroomLocale(user: Pick<CurrentUser, "language"> | null): Promise<string> {
  return resolveLocale(user?.language, await siteLocale());
}
