"use client";
// The webhooks part of /newsroom/api: the form for a new endpoint, its
// signing secret (shown once), and the endpoints with their events, state
// (active, failing since …, disabled and why) and last delivery; each can be
// disabled or enabled again, deleted (after a confirmation) and opened on its
// delivery log. A card per endpoint on phones (app/globals.css ".card-table").
import Link from "next/link";
import { useTransition } from "react";
import { useTranslations } from "use-intl";
import { deleteEndpointAction } from "@/lib/actions/api/delete-endpoint";
import { updateEndpointAction } from "@/lib/actions/api/update-endpoint";
import type { WebhookEventType } from "@/lib/webhooks/events";
import adminStyles from "@/components/newsroom/admin.module.css";
import styles from "@/components/newsroom/api-admin/api-admin.module.css";
import { EndpointCreateForm } from "@/components/newsroom/api-admin/endpoint-create-form";
import { eventKey } from "@/components/newsroom/api-admin/labels";
import { NoticeLine, useSectionState, type Ask } from "@/components/newsroom/api-admin/section-state";
import type { EndpointItem, Notice } from "@/components/newsroom/api-admin/types";

export function WebhooksSection({ endpoints, events }: { endpoints: EndpointItem[]; events: readonly WebhookEventType[] }) {
  const t = useTranslations("apiAdmin.webhooks");
  const { ask, dialog, notice, setNotice, formKey, created, secretPanel } = useSectionState();
  return (
    <section className={adminStyles.section} aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">{t("heading")}</h2>
      <p className="hint">{t("intro")}</p>
      <h3>{t("createHeading")}</h3>
      <EndpointCreateForm key={formKey} events={events} onCreated={created} />
      {secretPanel}
      <NoticeLine notice={notice} />
      <table className="article-table card-table" data-testid="webhook-endpoints">
        <caption>{t("caption", { count: endpoints.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colUrl")}</th>
            <th scope="col">{t("colEvents")}</th>
            <th scope="col">{t("colStatus")}</th>
            <th scope="col">{t("colLastDelivery")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("colActions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((endpoint) => (
            <EndpointRow key={`${endpoint.id}:${endpoint.enabled}`} item={endpoint} ask={ask} onNotice={setNotice} />
          ))}
        </tbody>
      </table>
      {dialog}
    </section>
  );
}

function EndpointRow({ item, ask, onNotice }: { item: EndpointItem; ask: Ask; onNotice: (notice: Notice) => void }) {
  const t = useTranslations("apiAdmin.webhooks");
  const te = useTranslations("apiAdmin.events");
  const td = useTranslations("apiAdmin.deliveryStatus");
  const tr = useTranslations("apiAdmin.disabledReasons");
  const [pending, startTransition] = useTransition();
  const url = item.url;

  function toggle() {
    const enabled = !item.enabled;
    startTransition(async () => {
      const result = await updateEndpointAction({ id: item.id, enabled });
      onNotice(result.ok ? { kind: "done", text: enabled ? t("enabled", { url }) : t("disabled", { url }) } : { kind: "error", text: result.error });
    });
  }

  async function remove() {
    if (!(await ask({ title: t("confirmDeleteTitle"), text: t("confirmDeleteText", { url }), confirm: t("delete"), danger: true }))) return;
    startTransition(async () => {
      const result = await deleteEndpointAction({ id: item.id });
      onNotice(result.ok ? { kind: "done", text: t("deleted", { url }) } : { kind: "error", text: result.error });
    });
  }

  const state = item.state;
  return (
    <tr className={item.enabled ? undefined : adminStyles.disabledRow} data-testid={`endpoint-${item.id}`}>
      <td className="cell-title">
        <span className={styles.url}>{url}</span>
        {item.description ? <span className="hint"> — {item.description}</span> : null}
      </td>
      <td data-label={t("colEvents")}>{item.events.map((e) => te(`${eventKey(e)}.label`)).join(", ")}</td>
      <td data-label={t("colStatus")}>
        {state.kind === "active" ? (
          <span className={adminStyles.state}>{t("stateActive")}</span>
        ) : state.kind === "failing" ? (
          <span className={`${adminStyles.state} ${styles.stateFailing}`}>{t("stateFailing", { date: state.since })}</span>
        ) : (
          <>
            <span className={`${adminStyles.state} ${adminStyles.stateDisabled}`}>{t("stateDisabled")}</span>
            <span className="hint">
              {" "}
              {state.since ? t("disabledSince", { date: state.since }) : null}{" "}
              {/* The worker records why it turned one off (lib/webhooks/disable.ts); a person's "off" has no reason. */}
              {state.reason ? (tr.has(state.reason) ? tr(state.reason) : state.reason) : tr("byAdmin")}
            </span>
          </>
        )}
      </td>
      <td data-label={t("colLastDelivery")}>
        {item.lastDelivery ? t("lastDelivery", { status: knownStatus(item.lastDelivery.status) ? td(item.lastDelivery.status) : item.lastDelivery.status, date: item.lastDelivery.at }) : t("noDelivery")}
      </td>
      <td>
        <div className={adminStyles.actions}>
          <Link href={`/newsroom/api/webhooks/${item.id}`} aria-label={t("logOf", { url })}>
            {t("log")}
          </Link>
          <button type="button" className="secondary" onClick={toggle} disabled={pending} aria-label={item.enabled ? t("disableOf", { url }) : t("enableOf", { url })}>
            {item.enabled ? t("disable") : t("enable")}
          </button>
          <button type="button" className="danger" onClick={remove} disabled={pending} aria-label={t("deleteOf", { url })}>
            {t("delete")}
          </button>
        </div>
      </td>
    </tr>
  );
}

function knownStatus(status: string): status is "pending" | "delivered" | "failed" {
  return status === "pending" || status === "delivered" || status === "failed";
}
