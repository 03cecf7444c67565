// Site settings (admins only): name, tagline, time zone, footer text and the
// number of featured slots on the home page. The form is
// components/newsroom/settings-form.tsx; the rules are in lib/settings.ts.
import type { Metadata } from "next";
import { SettingsForm } from "@/components/newsroom/settings-form";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { FEATURED_SLOTS_MAX, FEATURED_SLOTS_MIN, getSiteSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Settings", robots: { index: false } };

export default async function SettingsPage() {
  await requireUser("settings:manage");
  // Read directly rather than through the per-request cache: the form must
  // show what is stored now.
  const settings = await getSiteSettings(db);
  return (
    <>
      <h1>Settings</h1>
      <SettingsForm
        initial={settings}
        timeZones={Intl.supportedValuesOf("timeZone")}
        featuredSlots={{ min: FEATURED_SLOTS_MIN, max: FEATURED_SLOTS_MAX }}
      />
    </>
  );
}
