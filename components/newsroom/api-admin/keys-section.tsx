"use client";
// The API keys part of /newsroom/api: the form for a new key, the secret of
// the one just made (shown once), and the list with each key's state, last
// use and a revoke button (after a confirmation: revoking cannot be undone).
// A table on wide screens, a card per key on phones (app/globals.css ".card-table").
import { useTransition } from "react";
import { useTranslations } from "use-intl";
import type { ApiScope } from "@/lib/api/schemas";
import { revokeKeyAction } from "@/lib/actions/api/revoke-key";
import adminStyles from "@/components/newsroom/admin.module.css";
import { KeyCreateForm } from "@/components/newsroom/api-admin/key-create-form";
import { SCOPE_KEY } from "@/components/newsroom/api-admin/labels";
import { NoticeLine, useSectionState, type Ask } from "@/components/newsroom/api-admin/section-state";
import type { KeyItem, Notice } from "@/components/newsroom/api-admin/types";

export function KeysSection({ keys, scopes }: { keys: KeyItem[]; scopes: readonly ApiScope[] }) {
  const t = useTranslations("apiAdmin.keys");
  const { ask, dialog, notice, setNotice, formKey, created, secretPanel } = useSectionState();
  return (
    <section className={adminStyles.section} aria-labelledby="api-keys-heading">
      <h2 id="api-keys-heading">{t("heading")}</h2>
      <p className="hint">{t("intro")}</p>
      <h3>{t("createHeading")}</h3>
      <KeyCreateForm key={formKey} scopes={scopes} onCreated={created} />
      {secretPanel}
      <NoticeLine notice={notice} />
      <table className="article-table card-table" data-testid="api-keys">
        <caption>{t("caption", { count: keys.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colName")}</th>
            <th scope="col">{t("colPrefix")}</th>
            <th scope="col">{t("colScopes")}</th>
            <th scope="col">{t("colCreated")}</th>
            <th scope="col">{t("colExpires")}</th>
            <th scope="col">{t("colLastUsed")}</th>
            <th scope="col">{t("colStatus")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("colActions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <KeyRow key={`${key.id}:${key.status}`} item={key} ask={ask} onNotice={setNotice} />
          ))}
        </tbody>
      </table>
      {dialog}
    </section>
  );
}

function KeyRow({ item, ask, onNotice }: { item: KeyItem; ask: Ask; onNotice: (notice: Notice) => void }) {
  const t = useTranslations("apiAdmin.keys");
  const ts = useTranslations("apiAdmin.scopes");
  const [pending, startTransition] = useTransition();

  async function revoke() {
    const go = await ask({ title: t("confirmRevokeTitle", { name: item.name }), text: t("confirmRevokeText"), confirm: t("revoke"), danger: true });
    if (!go) return;
    startTransition(async () => {
      const result = await revokeKeyAction({ id: item.id });
      onNotice(result.ok ? { kind: "done", text: t("revoked", { name: item.name }) } : { kind: "error", text: result.error });
    });
  }

  return (
    <tr className={item.status === "active" ? undefined : adminStyles.disabledRow} data-testid={`api-key-${item.prefix}`}>
      <td className="cell-title">
        {item.name}
        {item.createdByName ? <span className="hint"> {t("createdBy", { name: item.createdByName })}</span> : null}
      </td>
      <td data-label={t("colPrefix")} className={adminStyles.nowrap}>
        <code>{item.masked}</code>
      </td>
      <td data-label={t("colScopes")}>{item.scopes.map((s) => ts(`${SCOPE_KEY[s]}.label`)).join(", ")}</td>
      <td data-label={t("colCreated")} className={adminStyles.nowrap}>
        {item.created}
      </td>
      <td data-label={t("colExpires")}>{item.expires ?? t("noExpiry")}</td>
      <td data-label={t("colLastUsed")}>{item.lastUsed ?? t("neverUsed")}</td>
      <td data-label={t("colStatus")}>
        <span className={item.status === "active" ? adminStyles.state : `${adminStyles.state} ${adminStyles.stateDisabled}`}>{t(`status.${item.status}`)}</span>
      </td>
      <td>
        {item.status === "revoked" ? null : (
          <button type="button" className="danger" onClick={revoke} disabled={pending} aria-label={t("revokeOf", { name: item.name })}>
            {t("revoke")}
          </button>
        )}
      </td>
    </tr>
  );
}
