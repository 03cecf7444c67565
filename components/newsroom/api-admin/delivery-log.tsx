"use client";
// An endpoint's delivery log (app/newsroom/api/webhooks/[id]/page.tsx): each
// event sent to it, newest first, with its article, state, last response,
// the number of attempts, times, and each attempt's result; "Redeliver" sends
// it again (a new round of attempts). A card per delivery on phones.
import Link from "next/link";
import { useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { redeliverAction } from "@/lib/actions/api/redeliver";
import adminStyles from "@/components/newsroom/admin.module.css";
import styles from "@/components/newsroom/api-admin/api-admin.module.css";
import { eventKey } from "@/components/newsroom/api-admin/labels";
import { NoticeLine } from "@/components/newsroom/api-admin/section-state";
import type { AttemptItem, DeliveryItem, DeliveryStatus, Notice } from "@/components/newsroom/api-admin/types";

const STATE_CLASS: Record<DeliveryStatus, string> = {
  delivered: adminStyles.state,
  pending: `${adminStyles.state} ${styles.stateWaiting}`,
  failed: `${adminStyles.state} ${adminStyles.stateDisabled}`,
};

export function DeliveryLog({ deliveries }: { deliveries: DeliveryItem[] }) {
  const t = useTranslations("apiAdmin.log");
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <>
      <NoticeLine notice={notice} />
      <table className="article-table card-table" data-testid="delivery-log">
        <caption>{t("caption", { count: deliveries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colEvent")}</th>
            <th scope="col">{t("colArticle")}</th>
            <th scope="col">{t("colStatus")}</th>
            <th scope="col">{t("colResponse")}</th>
            <th scope="col">{t("colAttempts")}</th>
            <th scope="col">{t("colTimes")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("colActions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <DeliveryRow key={d.id} item={d} onNotice={setNotice} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function DeliveryRow({ item, onNotice }: { item: DeliveryItem; onNotice: (notice: Notice) => void }) {
  const t = useTranslations("apiAdmin.log");
  const te = useTranslations("apiAdmin.events");
  const ts = useTranslations("apiAdmin.deliveryStatus");
  const [pending, startTransition] = useTransition();
  const event = te.has(`${eventKey(item.eventType)}.label`) ? te(`${eventKey(item.eventType)}.label`) : item.eventType;

  // A failure is stored as "<reason>: <technical detail>" (lib/webhooks/send.ts): the reason in the admin's language, the detail as it came.
  const response = (statusCode: number | null, error: string | null) => {
    const [, reason, detail] = /^([a-z-]+): (.*)$/s.exec(error ?? "") ?? [];
    if (reason === "redirect" && statusCode !== null) return t("failures.redirect", { code: statusCode });
    if (statusCode !== null) return t("httpStatus", { code: statusCode });
    if (!error) return t("noResponse");
    return reason && t.has(`failures.${reason}`) ? t("failure", { reason: t(`failures.${reason}`), detail }) : error;
  };
  const attemptText = (a: AttemptItem) => t("attempt", { attempt: a.attempt, result: response(a.statusCode, a.error), ms: a.durationMs, date: a.at });

  function again() {
    startTransition(async () => {
      const result = await redeliverAction({ deliveryId: item.id });
      onNotice(result.ok ? { kind: "done", text: t("redelivered", { event, date: item.created }) } : { kind: "error", text: result.error });
    });
  }

  return (
    <tr data-testid={`delivery-${item.id}`}>
      <td className="cell-title">
        {event} <code className={styles.url}>{item.eventType}</code>
      </td>
      <td data-label={t("colArticle")}>
        {item.articleTitle && item.articleId ? <Link href={`/newsroom/articles/${item.articleId}`}>{item.articleTitle}</Link> : item.articleId ? t("articleGone") : null}
      </td>
      <td data-label={t("colStatus")}>
        <span className={STATE_CLASS[item.status]}>{ts(item.status)}</span>
      </td>
      <td data-label={t("colResponse")}>{response(item.lastStatus, item.lastError)}</td>
      <td data-label={t("colAttempts")}>
        {item.attempts}
        {item.log.length ? (
          <ol className={styles.attempts} aria-label={t("attemptsOf", { event })}>
            {item.log.map((a) => (
              <li key={a.attempt}>{attemptText(a)}</li>
            ))}
          </ol>
        ) : null}
      </td>
      <td data-label={t("colTimes")}>
        <ul className={adminStyles.detail}>
          <li>{t("queued", { date: item.created })}</li>
          {item.delivered ? <li>{t("deliveredAt", { date: item.delivered })}</li> : null}
          {item.nextAttempt ? <li>{t("nextAttempt", { date: item.nextAttempt })}</li> : null}
        </ul>
      </td>
      <td>
        <button type="button" className="secondary" onClick={again} disabled={pending} aria-label={t("redeliverOf", { event, date: item.created })}>
          {t("redeliver")}
        </button>
      </td>
    </tr>
  );
}

