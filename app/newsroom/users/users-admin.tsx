"use client";
// The users page's interactive parts: add a user, change a role, disable or
// enable, and hand out a set-password link. Each calls a server action, which
// refreshes the list; refusals (such as "last active admin") are shown as
// sent. A link is shown once, here, because only its hash is kept.
import type { Role } from "@prisma/client";
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ActionFailure, ActionResult } from "@/lib/actions/action";
import { changeRoleAction } from "@/lib/actions/users/change-role";
import { createUserAction } from "@/lib/actions/users/create-user";
import { issuePasswordLinkAction } from "@/lib/actions/users/issue-password-link";
import { setDisabledAction } from "@/lib/actions/users/set-disabled";
import { signOutEverywhereAction } from "@/lib/actions/users/sign-out-everywhere";
import { ROLES } from "@/lib/auth/permissions";
import styles from "@/components/newsroom/admin.module.css";
import { useRoleNames } from "@/components/newsroom/role-name";
import { FormError } from "@/components/newsroom/form-error";
import { ClearTwoFactorButton } from "@/app/newsroom/users/clear-two-factor-button";

export type UserItem = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  hasPassword: boolean;
  /** Two-factor sign-in is on (an admin can turn it off). */
  twoFactor: boolean;
  /** When the account was disabled (formatted), or null if it is active. */
  disabledSince: string | null;
};

/** `passwordKept`: the last admin's own reset, whose current password works until the link is used. */
type OneTimeLink = { email: string; url: string; why: "created" | "reset"; passwordKept?: boolean };
type Notice = { kind: "error" | "done"; text: string } | null;

export function UsersAdmin({ users, currentUserId }: { users: UserItem[]; currentUserId: string }) {
  const t = useTranslations("users");
  const [link, setLink] = useState<OneTimeLink | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <>
      <section className={styles.section} aria-labelledby="add-user-heading">
        <h2 id="add-user-heading">{t("addHeading")}</h2>
        <CreateUserForm
          onCreated={(email, url) => {
            setNotice(null);
            setLink({ email, url, why: "created" });
          }}
        />
      </section>
      {link ? <LinkNotice link={link} onDone={() => setLink(null)} /> : null}
      <div aria-live="polite">
        {notice?.kind === "error" ? <FormError>{notice.text}</FormError> : notice ? <p className="notice">{notice.text}</p> : null}
      </div>
      <table className="article-table">
        <caption>{t("caption", { count: users.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colName")}</th>
            <th scope="col">{t("colEmail")}</th>
            <th scope="col">{t("colStatus")}</th>
            <th scope="col">{t("colRole")}</th>
            <th scope="col">{t("colAccount")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            // Keyed by what the server says, so the row's role menu starts
            // again from the saved role after every change.
            <UserRow
              key={`${u.id}:${u.role}:${u.disabledSince ?? ""}`}
              user={u}
              isMe={u.id === currentUserId}
              onNotice={(n) => {
                setNotice(n);
                if (n?.kind === "error") setLink(null);
              }}
              onLink={(l) => {
                setNotice(null);
                setLink(l);
              }}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}

function CreateUserForm({ onCreated }: { onCreated: (email: string, url: string) => void }) {
  const t = useTranslations("users");
  const roleNames = useRoleNames();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  // Submitted by hand rather than through <form action>, which would empty
  // the fields even when the server refuses what was typed.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const result = await createUserAction({
        email: String(data.get("email") ?? ""),
        displayName: String(data.get("displayName") ?? ""),
        role: String(data.get("role") ?? ""),
      });
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      form.reset();
      onCreated(result.user.email, result.link);
    });
  }

  const errors = failure?.fieldErrors ?? {};
  return (
    <form className={styles.inlineForm} onSubmit={onSubmit} noValidate aria-describedby={failure ? "new-user-error" : undefined}>
      <label>
        {t("email")}
        <input name="email" type="email" autoComplete="off" required aria-invalid={errors.email ? true : undefined} />
        {errors.email ? <span className="field-error">{errors.email[0]}</span> : null}
      </label>
      <label>
        {t("displayName")}
        <input name="displayName" autoComplete="off" required aria-invalid={errors.displayName ? true : undefined} />
        {errors.displayName ? <span className="field-error">{errors.displayName[0]}</span> : null}
      </label>
      <label>
        {t("role")}
        <select name="role" defaultValue="REPORTER">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleNames[r]}
            </option>
          ))}
        </select>
        {errors.role ? <span className="field-error">{errors.role[0]}</span> : null}
      </label>
      <button type="submit" disabled={pending}>
        {pending ? t("adding") : t("add")}
      </button>
      {failure ? (
        <FormError id="new-user-error" className={styles.fullRow}>
          {failure.error}
        </FormError>
      ) : null}
    </form>
  );
}

function LinkNotice({ link, onDone }: { link: OneTimeLink; onDone: () => void }) {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard (e.g. plain http): the field stays selectable
    }
  }
  return (
    <div className="notice" role="status" data-testid="password-link">
      <p>
        <strong>{link.why === "created" ? t("added", { email: link.email }) : t("resetFor", { email: link.email })}</strong> {t("linkHelp")}
        {link.passwordKept ? ` ${t("passwordKept")}` : null}
      </p>
      <div className={styles.linkBox}>
        <label>
          {t("link")}
          <input readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button type="button" onClick={copy}>
          {copied ? t("copied") : t("copy")}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {tc("done")}
        </button>
      </div>
    </div>
  );
}

function UserRow({
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
      <td>
        {name}
        {isMe ? <span className="hint"> {t("you")}</span> : null}
      </td>
      <td>{user.email}</td>
      <td>
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
      <td>
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
      <td>
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
