"use client";
// One person in the users list: name, address, state, role (changed after a
// confirmation) and the account's actions (password link, sign out
// everywhere, two-factor off, disable or enable). A table row on wide
// screens, a card on phones (each cell labelled with its column, app/globals.css ".card-table").
import type { Role } from "@prisma/client";
import { useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import type { ActionResult } from "@/lib/actions/action";
import { changeRoleAction } from "@/lib/actions/users/change-role";
import { issuePasswordLinkAction } from "@/lib/actions/users/issue-password-link";
import { setDisabledAction } from "@/lib/actions/users/set-disabled";
import { signOutEverywhereAction } from "@/lib/actions/users/sign-out-everywhere";
import { ROLES } from "@/lib/auth/permissions";
import styles from "@/components/newsroom/admin.module.css";
import { useRoleNames } from "@/components/newsroom/role-name";
import { ClearTwoFactorButton } from "@/app/newsroom/users/clear-two-factor-button";
import type { Notice, OneTimeLink, UserItem } from "@/app/newsroom/users/user-types";

export function UserRow({
  user,
  isMe,
  onNotice,
  onLink,
}: {
  user: UserItem;
  isMe: boolean;
  onNotice: (notice: Notice) => void;
  onLink: (link: OneTimeLink) => void;
}) {
  const t = useTranslations("users");
  const roleNames = useRoleNames();
  const [role, setRole] = useState<Role>(user.role);
  const [pending, startTransition] = useTransition();
  const name = user.displayName;
  // Confirmations about oneself add "You will be signed out."
  const me = isMe ? "yes" : "no";

  /** Asks first (unless `question` is null), calls the action, reports the outcome. */
  function run<T extends object>(question: string | null, call: () => Promise<ActionResult<T>>, after: (result: T) => void) {
    if (question && !window.confirm(question)) return;
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        after(result);
      } else {
        setRole(user.role);
        onNotice({ kind: "error", text: result.error });
      }
    });
  }

  const changeRole = () =>
    run(
      t("confirmRole", { name, role: roleNames[role], me }),
      () => changeRoleAction({ userId: user.id, role }),
      () => onNotice({ kind: "done", text: t("roleChanged", { name, role: roleNames[role] }) }),
    );
  const toggleDisabled = () => {
    const disable = !user.disabledSince;
    run(
      disable ? t("confirmDisable", { name, me }) : null,
      () => setDisabledAction({ userId: user.id, disabled: disable }),
      () => onNotice({ kind: "done", text: disable ? t("disabled", { name }) : t("enabled", { name }) }),
    );
  };
  const issueLink = () =>
    run(
      user.hasPassword ? t("confirmReset", { name, me }) : t("confirmNewLink", { name }),
      () => issuePasswordLinkAction({ userId: user.id }),
      (result) => onLink({ email: result.email, url: result.link, why: "reset", passwordKept: result.passwordKept }),
    );

  const selectId = `role-${user.id}`;
  return (
    <tr className={user.disabledSince ? styles.disabledRow : undefined} data-testid={`user-${user.email}`}>
      <td className="cell-title">
        {name}
        {isMe ? <span className="hint"> {t("you")}</span> : null}
      </td>
      <td data-label={t("colEmail")}>{user.email}</td>
      <td data-label={t("colStatus")}>
        {user.disabledSince ? (
          <span className={`${styles.state} ${styles.stateDisabled}`} title={t("disabledSince", { date: user.disabledSince })}>
            {t("stateDisabled")}
          </span>
        ) : user.hasPassword ? (
          <span className={styles.state}>{t("stateActive")}</span>
        ) : (
          <span className={`${styles.state} ${styles.stateInvited}`}>{t("stateInvited")}</span>
        )}
        {user.twoFactor ? (
          <>
            {" "}
            <span className={styles.state}>{t("stateTwoFactor")}</span>
          </>
        ) : null}
      </td>
      <td data-label={t("colRole")}>
        <div className={styles.actions}>
          <label htmlFor={selectId} className="visually-hidden">
            {t("roleOf", { name })}
          </label>
          <select id={selectId} value={role} onChange={(e) => setRole(e.target.value as Role)} disabled={pending}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleNames[r]}
              </option>
            ))}
          </select>
          {role !== user.role ? (
            <button type="button" onClick={changeRole} disabled={pending} aria-label={t("changeRoleOf", { name })}>
              {t("changeRole")}
            </button>
          ) : null}
        </div>
      </td>
      <td data-label={t("colAccount")}>
        <div className={styles.actions}>
          <button
            type="button"
            className="secondary"
            onClick={issueLink}
            disabled={pending}
            aria-label={user.hasPassword ? t("resetPasswordOf", { name }) : t("newLinkFor", { name })}
          >
            {user.hasPassword ? t("resetPassword") : t("newLink")}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              run(
                t("confirmSignOut", { name }),
                () => signOutEverywhereAction({ userId: user.id }),
                () => onNotice({ kind: "done", text: t("signedOut", { name }) }),
              )
            }
            disabled={pending}
            aria-label={t("signOutEverywhereOf", { name })}
          >
            {t("signOutEverywhere")}
          </button>
          {user.twoFactor ? <ClearTwoFactorButton userId={user.id} name={name} onNotice={onNotice} /> : null}
          <button
            type="button"
            className={user.disabledSince ? "secondary" : "danger"}
            onClick={toggleDisabled}
            disabled={pending}
            aria-label={user.disabledSince ? t("enableName", { name }) : t("disableName", { name })}
          >
            {user.disabledSince ? t("enable") : t("disable")}
          </button>
        </div>
      </td>
    </tr>
  );
}
