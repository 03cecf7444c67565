"use client";
// Gives client components their messages (chosen on the server) and locale,
// for useTranslations() from use-intl.
import { IntlProvider } from "use-intl";
import type { Messages } from "@/lib/i18n/catalogue";

export function I18nProvider({ locale, messages, timeZone, children }: { locale: string; messages: Messages; timeZone: string; children: React.ReactNode }) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone={timeZone}>
      {children}
    </IntlProvider>
  );
}
