// The content API and webhooks (admins only): API keys, webhook endpoints and
// the API's settings, with links to the reference and the OpenAPI document.
// The parts are in components/newsroom/api-admin/; the rules in lib/api-keys/,
// lib/webhooks/ and lib/settings/api.ts.
import type { Metadata } from "next";
import Link from "next/link";
import { listApiKeys } from "@/lib/api-keys/list-keys";
import { API_SCOPES } from "@/lib/api/schemas";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { newsroomLocale } from "@/lib/i18n/locale";
import { dateFormats, getT } from "@/lib/i18n/server";
import { API_SETTING_KEYS, getSiteSettings } from "@/lib/settings/site-settings";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { listWebhookEndpoints } from "@/lib/webhooks/list-endpoints";
import { ApiSettingsForm } from "@/components/newsroom/api-admin/api-settings-form";
import { endpointItem, keyItem } from "@/components/newsroom/api-admin/items";
import { KeysSection } from "@/components/newsroom/api-admin/keys-section";
import styles from "@/components/newsroom/api-admin/api-admin.module.css";
import { WebhooksSection } from "@/components/newsroom/api-admin/webhooks-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "apiAdmin");
  return { title: t("title"), robots: { index: false } };
}

export default async function ApiAdminPage() {
  const me = await requireUser("api:manage");
  const locale = await newsroomLocale(me);
  const t = getT(locale, "apiAdmin");
  // Read directly rather than through the per-request cache: the form must show what is stored now.
  const [keys, endpoints, settings] = await Promise.all([listApiKeys(db), listWebhookEndpoints(db), getSiteSettings(db)]);
  const { dateTime } = dateFormats(locale, settings.timeZone);
  const now = new Date();
  const apiSettings = Object.fromEntries(API_SETTING_KEYS.map((key) => [key, settings[key]])) as Pick<typeof settings, (typeof API_SETTING_KEYS)[number]>;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ul className={styles.links}>
        <li>
          <Link href="/newsroom/api/reference">{t("referenceLink")}</Link>
        </li>
        <li>
          {/* Served by Sapo's own server (lib/api/handler.ts), not a Next.js page. */}
          <a href="/api/v1/openapi.json">{t("openApiLink")}</a>
        </li>
      </ul>
      <KeysSection keys={keys.map((k) => keyItem(k, dateTime, now))} scopes={API_SCOPES} />
      <WebhooksSection endpoints={endpoints.map((e) => endpointItem(e, dateTime))} events={WEBHOOK_EVENTS} />
      <ApiSettingsForm initial={apiSettings} />
    </>
  );
}
