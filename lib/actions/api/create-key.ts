"use server";
// Creates an API key from /newsroom/api and returns its secret, shown once.
// The form gives the last day the key works (a date in the site's time zone,
// components/newsroom/date-time-field.tsx); the key then stops at the end of
// that day, the next midnight there. Audited by createApiKey (api.key_created).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { createApiKey } from "@/lib/api-keys/create-key";
import { apiKeyInputSchema } from "@/lib/api-keys/input";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { siteSettings } from "@/lib/site/settings";
import { zonedLocalToUtc } from "@/lib/time/zones";
import { authedAction } from "@/lib/actions/action";

const schema = apiKeyInputSchema.omit({ expiresAt: true }).extend({
  // "" for a key that does not expire.
  expiresOn: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, "apiAdmin.validation.expiryInvalid"),
});

export const createKeyAction = authedAction("api:manage", schema, async ({ expiresOn, ...input }, user) => {
  const expiresAt = expiresOn ? endOfDay(expiresOn, (await siteSettings()).timeZone) : undefined;
  const { key, secret } = await createApiKey(db, { id: user.id, ip: clientIp(await headers()) }, { ...input, expiresAt });
  revalidatePath("/newsroom/api");
  return { ok: true as const, name: key.name, secret };
});

/** The first instant after `day` (yyyy-mm-dd) in `timeZone`: midnight at the start of the next day there. */
function endOfDay(day: string, timeZone: string): Date | undefined {
  const [y, m, d] = day.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return zonedLocalToUtc(`${next}T00:00`, timeZone) ?? undefined;
}
