// One webhook endpoint's delivery log (admins only), newest first, a page at
// a time: what was sent, how each attempt went, and "Redeliver"
// (components/newsroom/api-admin/delivery-log.tsx). Read through
// lib/webhooks/delivery-log.ts.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { newsroomLocale } from "@/lib/i18n/locale";
import { dateFormats, getT } from "@/lib/i18n/server";
import { siteSettings } from "@/lib/site/settings";
import { listDeliveries } from "@/lib/webhooks/delivery-log";
import { findWebhookEndpoint } from "@/lib/webhooks/list-endpoints";
import { DeliveryLog } from "@/components/newsroom/api-admin/delivery-log";
import { deliveryItem } from "@/components/newsroom/api-admin/items";
import styles from "@/components/newsroom/api-admin/api-admin.module.css";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Deliveries a page shows. */
const PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "apiAdmin.log");
  return { title: t("heading"), robots: { index: false } };
}

export default async function DeliveryLogPage({ params, searchParams }: Props) {
  const me = await requireUser("api:manage");
  const locale = await newsroomLocale(me);
  const t = getT(locale, "apiAdmin.log");
  const { id } = await params;
  const { cursor } = await searchParams;
  const endpoint = await findWebhookEndpoint(db, id);
  if (!endpoint) notFound();
  const [{ items, next }, { timeZone }] = await Promise.all([
    listDeliveries(db, id, { cursor: typeof cursor === "string" && cursor ? cursor : undefined, limit: PAGE_SIZE }),
    siteSettings(),
  ]);
  const { dateTime } = dateFormats(locale, timeZone);
  const base = `/newsroom/api/webhooks/${encodeURIComponent(id)}`;
  return (
    <>
      <p>
        <Link href="/newsroom/api">{t("back")}</Link>
      </p>
      <h1>{t("heading")}</h1>
      <p className={styles.url} data-testid="endpoint-url">
        {endpoint.url}
      </p>
      <DeliveryLog deliveries={items.map((d) => deliveryItem(d, dateTime))} />
      {cursor || next ? (
        <nav className="pagination" aria-label={t("pagesLabel")}>
          {cursor ? <Link href={base}>{t("newest")}</Link> : <span />}
          {next ? (
            <Link href={`${base}?cursor=${encodeURIComponent(next)}`} rel="next">
              {t("older")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
