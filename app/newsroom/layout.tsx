import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/newsroom/sign-out-button";
import { ROLE_LABELS } from "@/lib/auth/permissions";
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
          <Link href="/">View site</Link>
          <SignOutButton />
        </div>
      </header>
      <main className="newsroom-main">{children}</main>
    </div>
  );
}
