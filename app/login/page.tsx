import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/newsroom/login-form";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getCurrentUser } from "@/lib/auth/session";
import { siteSettings } from "@/lib/site-settings";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const destination = safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(destination);
  return (
    <main className="login">
      <h1>{(await siteSettings()).siteName} newsroom</h1>
      <LoginForm callbackUrl={destination} initialError={error === "throttled" ? "Too many sign-in attempts. Wait a few minutes and try again." : error ? "Wrong email or password." : null} />
    </main>
  );
}
