// Who is asking. Every newsroom page, server action and route handler starts
// here; the proxy's redirect is only a convenience.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { authOptions } from "@/lib/auth/options";
import { can, type Permission } from "@/lib/auth/permissions";

export type CurrentUser = {
  id: string;
  email: string;
  displayName: string;
  role: "REPORTER" | "EDITOR" | "ADMIN";
  penName: string | null;
  /** Chosen newsroom language; null follows the site. */
  language: string | null;
};

/** The signed-in, active user, or null. Checked against the database on every request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: { id: true, email: true, displayName: true, role: true, penName: true, language: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== (session.sv ?? 0)) return null;
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, penName: user.penName, language: user.language };
});

/**
 * For pages: the current user, or a redirect to /login that comes back here.
 * With a permission, a signed-in user without it gets a 403-style page.
 */
export async function requireUser(permission: Permission = "newsroom:enter"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = safeCallbackPath((await headers()).get("x-sapo-path"));
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (!can(user.role, permission)) redirect("/newsroom?denied=1");
  return user;
}
