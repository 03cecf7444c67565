// Which language each audience gets. Server code only.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { siteLocale } from "../site-settings";
import { resolveLocale } from "./catalogue";

/** A staff member's newsroom language: their own choice, else the site's. */
export async function newsroomLocale(user: Pick<CurrentUser, "language"> | null): Promise<string> {
  return resolveLocale(user?.language, await siteLocale());
}
