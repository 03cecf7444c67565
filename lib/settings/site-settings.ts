// Site settings that admins edit in the newsroom (/newsroom/settings): name,
// tagline, time zone, language, footer text, the number of featured slots,
// whether an article's cover is shown as its lead image, and the editor's
// writing settings (typographic quotes as you type, recommended lengths of
// headline, lead and SEO texts, the copy desk's dateline and tone-mark style:
// lib/settings/writing.ts), and the content
// API's and webhooks' settings (lib/settings/api.ts). Stored one
// row per key in Setting (JSON text); anything missing or unreadable falls
// back to the environment's value (lib/config/env.ts), so a new installation works
// before anyone opens the page. No `server-only`: tests pass a fresh database.
// Pages read them through lib/site/settings.ts.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { readConfig } from "@/lib/config/env";
import { ARTICLE_TEXT_MAX } from "@/lib/articles/field-limits";
import type { Db, Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { availableLocales, isLocale, localeMeta, resolveLocale } from "@/lib/i18n/catalogue";
import { isValidTimeZone } from "@/lib/time/zones";
import { DATELINE_PREFIX_MAX, LENGTH_SETTING_MIN, TONE_MARK_STYLES, WRITING_DEFAULTS } from "@/lib/settings/writing";
import { API_SETTING_DEFAULTS, RATE_LIMIT_RANGE } from "@/lib/settings/api";
import { VIDEO_MAX_MEGABYTES_RANGE, VIDEO_SETTING_DEFAULTS } from "@/lib/settings/video";

export const FEATURED_SLOTS_MIN = 1;
export const FEATURED_SLOTS_MAX = 12;

/** An on/off setting: a boolean, or a form's text such as "on"/"off" or "true"/"false" (z.stringbool), never coerced, since Boolean("false") is true. */
const onOff = () => z.union([z.boolean(), z.stringbool()], "settings.validation.onOff");

/**
 * A recommended length in characters (the editor's counters), coerced because
 * forms send text. At most the field's hard maximum: a recommendation the
 * server would refuse to store says nothing.
 */
const recommendedLength = (max: number, message: string) =>
  z.coerce.number("settings.validation.wholeNumber").int("settings.validation.wholeNumber").min(LENGTH_SETTING_MIN, message).max(max, message);

/** Requests per minute (lib/settings/api.ts), coerced because forms send text. */
const rateLimit = () =>
  z.coerce
    .number("settings.validation.wholeNumber")
    .int("settings.validation.wholeNumber")
    .min(RATE_LIMIT_RANGE.min, "settings.validation.rateLimit")
    .max(RATE_LIMIT_RANGE.max, "settings.validation.rateLimit");

/**
 * The rules for each setting; the settings form's action parses with this too.
 * Messages are catalogue keys (shown in each admin's language); those that
 * state a limit are kept equal to it by tests/unit/limits-in-messages.test.ts.
 */
export const siteSettingsSchema = z.object({
  siteName: z.string().trim().min(1, "settings.validation.siteNameMissing").max(100, "settings.validation.siteNameTooLong"),
  tagline: z.string().trim().max(200, "settings.validation.taglineTooLong"),
  // The message's example is DEFAULT_TIME_ZONE (lib/time/zones.ts).
  timeZone: z.string().trim().refine(isValidTimeZone, "settings.validation.timeZone"),
  footerText: z.string().trim().max(1000, "settings.validation.footerTooLong"),
  // The reader site's interface language, and the language of articles that
  // do not name their own: one of the catalogues in messages/.
  siteLanguage: z.string("validation.language").trim().refine(isLocale, "validation.language"),
  // Coerced because forms send text.
  featuredSlots: z.coerce
    .number("settings.validation.wholeNumber")
    .int("settings.validation.wholeNumber")
    .min(FEATURED_SLOTS_MIN, "settings.validation.featuredSlots")
    .max(FEATURED_SLOTS_MAX, "settings.validation.featuredSlots"),
  // Show an article's cover as its lead image when its body does not open
  // with a picture (lib/reader/head.ts leadCover).
  coverAsLeadImage: onOff(),
  // The editor turns " ' -- ... into “ ” ‘ ’ — … as people type.
  smartTypography: onOff(),
  titleLength: recommendedLength(ARTICLE_TEXT_MAX.title, "settings.validation.titleLength"),
  leadLength: recommendedLength(ARTICLE_TEXT_MAX.lead, "settings.validation.leadLength"),
  seoTitleLength: recommendedLength(ARTICLE_TEXT_MAX.seoTitle, "settings.validation.seoTitleLength"),
  seoDescriptionLength: recommendedLength(ARTICLE_TEXT_MAX.seoDescription, "settings.validation.seoDescriptionLength"),
  // The copy desk (lib/settings/writing.ts CopyDeskSettings).
  titleSearchLength: recommendedLength(ARTICLE_TEXT_MAX.title, "settings.validation.titleSearchLength"),
  datelinePrefix: z.string().trim().normalize("NFC").max(DATELINE_PREFIX_MAX, "settings.validation.datelinePrefixTooLong"),
  toneMarkStyle: z.enum(TONE_MARK_STYLES, "settings.validation.toneMarkStyle"),
  apiAnonymousAccess: onOff(),
  apiRateLimitPerKey: rateLimit(),
  apiRateLimitPerAddress: rateLimit(),
  webhooksAllowLoopbackHttp: onOff(),
  webhooksAllowPrivateNetworks: onOff(),
  // The largest video file an upload may be, in MB (lib/settings/video.ts).
  videoMaxMegabytes: z.coerce
    .number("settings.validation.wholeNumber")
    .int("settings.validation.wholeNumber")
    .min(VIDEO_MAX_MEGABYTES_RANGE.min, "settings.validation.videoMaxMegabytes")
    .max(VIDEO_MAX_MEGABYTES_RANGE.max, "settings.validation.videoMaxMegabytes"),
});

/** The settings on /newsroom/api (lib/settings/api.ts); the settings page has the rest. */
export const API_SETTING_KEYS = ["apiAnonymousAccess", "apiRateLimitPerKey", "apiRateLimitPerAddress", "webhooksAllowLoopbackHttp", "webhooksAllowPrivateNetworks"] as const;
const apiKeyMask = Object.fromEntries(API_SETTING_KEYS.map((key) => [key, true])) as Record<(typeof API_SETTING_KEYS)[number], true>;
export const apiSettingsSchema = siteSettingsSchema.pick(apiKeyMask);
/** What the settings page's form sends: every setting but the API's. */
export const pageSettingsSchema = siteSettingsSchema.omit(apiKeyMask);

/** The interface languages offered (the site's, each staff member's), each by its own name. */
export function languageChoices(): { code: string; name: string }[] {
  return availableLocales().map((code) => ({ code, name: localeMeta(code).name }));
}

export type SiteSettings = z.output<typeof siteSettingsSchema>;
export type SettingKey = keyof SiteSettings;
export const SETTING_KEYS = Object.keys(siteSettingsSchema.shape) as SettingKey[];

export function defaultSiteSettings(config = readConfig()): SiteSettings {
  return {
    siteName: config.siteName,
    tagline: config.siteTagline,
    timeZone: config.timeZone,
    footerText: "",
    siteLanguage: resolveLocale(config.siteLanguage),
    // The lead story and five beside it: a phone shows six stories on its first screen.
    featuredSlots: 6,
    coverAsLeadImage: true,
    ...WRITING_DEFAULTS,
    ...API_SETTING_DEFAULTS,
    ...VIDEO_SETTING_DEFAULTS,
  };
}

/** The current settings: stored values that pass the rules, defaults for the rest. */
export async function getSiteSettings(db: Tx): Promise<SiteSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: SETTING_KEYS } } });
  const settings = defaultSiteSettings();
  for (const row of rows) {
    const key = row.key as SettingKey;
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      continue;
    }
    // A value that no longer passes (e.g. a time zone this Node.js does not
    // know) must not take the public site down: the default is used instead.
    const parsed = siteSettingsSchema.shape[key].safeParse(value);
    if (parsed.success) (settings as Record<SettingKey, unknown>)[key] = parsed.data;
  }
  return settings;
}

/**
 * Saves the settings in `patch` that differ from the current ones, with one
 * `settings.changed` audit event listing each change as { from, to }. Refuses
 * invalid values with the rule's message. Returns the settings after saving.
 */
export async function updateSiteSettings(
  db: Db,
  actor: Pick<Actor, "id" | "ip">,
  patch: Partial<Record<SettingKey, unknown>>,
): Promise<{ settings: SiteSettings; changed: SettingKey[] }> {
  const parsed = siteSettingsSchema.partial().safeParse(patch);
  if (!parsed.success) throw new UserError(parsed.error.issues[0].message);
  return db.$transaction(async (tx) => {
    const current = await getSiteSettings(tx);
    const changes: Partial<Record<SettingKey, { from: unknown; to: unknown }>> = {};
    for (const key of SETTING_KEYS) {
      const next = parsed.data[key];
      if (next === undefined || next === current[key]) continue;
      changes[key] = { from: current[key], to: next };
      const value = JSON.stringify(next);
      await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    }
    const changed = Object.keys(changes) as SettingKey[];
    if (changed.length) {
      await recordAudit(tx, { action: "settings.changed", actorId: actor.id, targetType: "settings", detail: changes, ip: actor.ip });
    }
    return { settings: { ...current, ...parsed.data }, changed };
  });
}
