// Who is asking. Every newsroom page, server action and route handler starts
// here; the proxy's redirect is only a convenience. Someone whose role
// requires two-factor sign-in and who has not set it up counts as nobody
// (getCurrentUser is null) everywhere except the few places that let them set
// it up: requireUser({ settingUpTwoFactor }) and authedAction's option.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { authOptions } from "@/lib/auth/options";
import { can, type Permission } from "@/lib/auth/permissions";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";

/** The signed-in staff member: who acts (Actor, lib/auth/actor.ts), with their email and newsroom language. */
export type CurrentUser = Omit<Actor, "ip"> & {
  email: string;
  /** Chosen newsroom language; null follows the site. */
  language: string | null;
};

/** Where someone who must set up two-factor sign-in is sent (their profile page). */
export const TWO_FACTOR_SETUP_PATH = "/newsroom/profile?twoFactor=required";

/** The session's user, active and current, including someone who must still set up two-factor sign-in. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid) return null;
  return loadSessionUser(db, session.uid, session.sv ?? 0);
});

/** The signed-in, active user who may use the newsroom, or null. Checked against the database on every request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const user = await getSessionUser();
  if (!user || user.mustSetUpTwoFactor) return null;
  const { mustSetUpTwoFactor: _, ...current } = user;
  return current;
});

/**
 * For pages: the current user, or a redirect to /login that comes back here.
 * With a permission, a signed-in user without it gets a 403-style page.
 * Someone who must set up two-factor sign-in is sent to do so, except from
 * the pages that let them (`settingUpTwoFactor`).
 */
export async function requireUser(permission: Permission = "newsroom:enter", options: { settingUpTwoFactor?: boolean } = {}): Promise<CurrentUser> {
  const user = await getSessionUser();
  if (!user) {
    const path = safeCallbackPath((await headers()).get("x-sapo-path"));
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (user.mustSetUpTwoFactor && !options.settingUpTwoFactor) redirect(TWO_FACTOR_SETUP_PATH);
  if (!can(user.role, permission)) redirect("/newsroom?denied=1");
  const { mustSetUpTwoFactor: _, ...current } = user;
  return current;
}
