// Sign-in, in the site's language (no one is signed in yet to have their own).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { I18nProvider } from "@/components/i18n-provider";
import { LoginForm } from "@/app/login/login-form";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getSessionUser } from "@/lib/auth/session";
import { loadMessages, pickMessages } from "@/lib/i18n/catalogue";
import { getT } from "@/lib/i18n/server";
import { siteLocale, siteSettings } from "@/lib/site/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await siteLocale(), "auth");
  return { title: t("signInTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const destination = safeCallbackPath(callbackUrl);
  // Signed in already (even if still to set up two-factor sign-in: the newsroom sends them there).
  if (await getSessionUser()) redirect(destination);
  const [locale, { siteName, timeZone }] = await Promise.all([siteLocale(), siteSettings()]);
  const t = getT(locale, "auth");
  return (
    <I18nProvider locale={locale} timeZone={timeZone} messages={pickMessages(loadMessages(locale), ["meta", "auth", "errors"])}>
      <main className="login">
        <h1>{t("heading", { siteName })}</h1>
        {/* next-auth's own error page sends people back here with ?error=… */}
        <LoginForm callbackUrl={destination} initialError={error === "throttled" ? "throttled" : error ? "failed" : null} />
      </main>
    </I18nProvider>
  );
}
