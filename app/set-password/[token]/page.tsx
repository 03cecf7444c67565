// Where a one-time link from an admin leads: choose a password, then sign in.
// Public (the person cannot sign in yet); the token in the address is the
// credential, checked again when the form is sent (lib/users/admin.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/newsroom/set-password-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { siteSettings } from "@/lib/site-settings";
import { passwordTokenStatus, tokenRefusal } from "@/lib/users/admin";

// The token must not leak to other sites through the Referer header.
export const metadata: Metadata = { title: "Set your password", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const [found, { siteName }] = await Promise.all([passwordTokenStatus(db, token), siteSettings()]);
  return (
    <main className="login">
      <h1>{siteName} newsroom</h1>
      {found.status === "valid" ? (
        <>
          <p>
            Choose a password for <strong>{found.email}</strong>. It needs at least {MIN_PASSWORD_LENGTH} characters.
          </p>
          <SetPasswordForm token={token} minLength={MIN_PASSWORD_LENGTH} />
        </>
      ) : (
        <>
          <p className="form-error" role="alert">
            {tokenRefusal(found.status)}
          </p>
          <p>
            <Link href="/login">Go to sign-in</Link>
          </p>
        </>
      )}
    </main>
  );
}
