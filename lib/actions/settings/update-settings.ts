"use server";
// Saves the site settings from /newsroom/settings and refreshes the reader
// site's cached pages so the change shows at once.
import { headers } from "next/headers";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { pageSettingsSchema, updateSiteSettings } from "@/lib/settings/site-settings";
import { authedAction } from "@/lib/actions/action";

export const updateSettingsAction = authedAction("settings:manage", pageSettingsSchema, async (input, user) => {
  const ip = clientIp(await headers());
  const { settings, changed } = await updateSiteSettings(db, { id: user.id, ip }, input);
  if (changed.length) await refreshArticlePages();
  return { ok: true as const, settings, changed };
});
