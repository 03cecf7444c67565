"use server";
// Saves the content API's and webhooks' settings from /newsroom/api (lib/settings/api.ts).
// Nothing public is refreshed: no page shows these settings, and the API
// and the webhook worker read them as they go.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { apiSettingsSchema, updateSiteSettings } from "@/lib/settings/site-settings";
import { authedAction } from "@/lib/actions/action";

export const updateApiSettingsAction = authedAction("api:manage", apiSettingsSchema, async (input, user) => {
  const { changed } = await updateSiteSettings(db, { id: user.id, ip: clientIp(await headers()) }, input);
  if (changed.length) revalidatePath("/newsroom/api");
  return { ok: true as const, changed: changed as string[] };
});
