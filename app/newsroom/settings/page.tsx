// Site settings (admins only): name, tagline, time zone, language, footer
// text, the number of featured slots on the home page, whether covers are
// shown as articles' lead images, and the editor's writing settings
// (typographic quotes, recommended lengths). The form is
// app/newsroom/settings/settings-form.tsx; the rules are in lib/settings/site-settings.ts.
// Below it, the roles that must use two-factor sign-in (lib/auth/two-factor-policy.ts).
import type { Metadata } from "next";
import { SettingsForm } from "@/app/newsroom/settings/settings-form";
import { TwoFactorRolesForm } from "@/app/newsroom/settings/two-factor-roles-form";
import { twoFactorRequiredRoles } from "@/lib/auth/two-factor-policy";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { FEATURED_SLOTS_MAX, FEATURED_SLOTS_MIN, getSiteSettings, languageChoices } from "@/lib/settings/site-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "settings");
  return { title: t("title"), robots: { index: false } };
}

export default async function SettingsPage() {
  const user = await requireUser("settings:manage");
  const t = getT(await newsroomLocale(user), "settings");
  // Read directly rather than through the per-request cache: the form must
  // show what is stored now.
  const [settings, twoFactorRoles] = await Promise.all([getSiteSettings(db), twoFactorRequiredRoles(db)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <SettingsForm
        initial={settings}
        timeZones={Intl.supportedValuesOf("timeZone")}
        languages={languageChoices()}
        featuredSlots={{ min: FEATURED_SLOTS_MIN, max: FEATURED_SLOTS_MAX }}
      />
      <TwoFactorRolesForm initial={twoFactorRoles} />
    </>
  );
}
