// Where a one-time link from an admin leads: choose a password, then sign in.
// Public (the person cannot sign in yet); the token in the address is the
// credential, checked again when the form is sent (lib/users/password-links.ts).
// Shown in the language of the person the link was made for, else the site's.
import type { Metadata } from "next";
import Link from "next/link";
import { I18nProvider } from "@/components/i18n-provider";
import { FormError } from "@/components/newsroom/form-error";
import { SetPasswordForm } from "@/app/set-password/[token]/set-password-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { loadMessages, messageFor, pickMessages } from "@/lib/i18n/catalogue";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { siteSettings } from "@/lib/site/settings";
import { passwordTokenStatus, tokenRefusal } from "@/lib/users/password-links";

type Props = { params: Promise<{ token: string }> };

async function linkLocale(token: string) {
  const found = await passwordTokenStatus(db, token);
  return { found, locale: await newsroomLocale(found.status === "valid" ? found : null) };
}

// The token must not leak to other sites through the Referer header.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await linkLocale((await params).token);
  const t = getT(locale, "auth");
  return { title: t("setPassword.title"), robots: { index: false }, referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const [{ found, locale }, { siteName, timeZone }] = await Promise.all([linkLocale(token), siteSettings()]);
  const t = getT(locale, "auth");
  return (
    <I18nProvider locale={locale} timeZone={timeZone} messages={pickMessages(loadMessages(locale), ["meta", "common", "auth", "errors"])}>
      <main className="login" lang={locale}>
        <h1>{t("heading", { siteName })}</h1>
        {found.status === "valid" ? (
          <SetPasswordForm token={token} email={found.email} minLength={MIN_PASSWORD_LENGTH} />
        ) : (
          <>
            <FormError>{messageFor(locale, tokenRefusal(found.status))}</FormError>
            <p>
              <Link href="/login">{t("setPassword.toSignIn")}</Link>
            </p>
          </>
        )}
      </main>
    </I18nProvider>
  );
}
