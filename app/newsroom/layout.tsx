import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton, SignOutEverywhereButton } from "@/components/newsroom/sign-out-button";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Newsroom", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  // Pages check again themselves: a layout is not re-run on every navigation.
  const user = await requireUser();
  return (
    <div className="newsroom">
      <header className="newsroom-header">
        <Link href="/newsroom" className="newsroom-brand">
          Sapo newsroom
        </Link>
        <div className="whoami">
          <span data-testid="current-user">{user.displayName}</span>
          <span className="role" data-testid="current-role">
            {ROLE_LABELS[user.role]}
          </span>
          <Link href="/newsroom/media">Media</Link>
          {can(user.role, "taxonomy:manage") ? <Link href="/newsroom/sections">Sections</Link> : null}
          {can(user.role, "users:manage") ? <Link href="/newsroom/users">Users</Link> : null}
          {can(user.role, "settings:manage") ? <Link href="/newsroom/settings">Settings</Link> : null}
          {can(user.role, "audit:read") ? <Link href="/newsroom/audit">Audit</Link> : null}
          <Link href="/">View site</Link>
          <SignOutButton />
          <SignOutEverywhereButton />
        </div>
      </header>
      <main className="newsroom-main">{children}</main>
    </div>
  );
}
