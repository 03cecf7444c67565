"use client";
// The users page's interactive parts: add a user, change a role, disable or
// enable, and hand out a set-password link. Each calls a server action, which
// refreshes the list; refusals (such as "last active admin") are shown as
// sent. A link is shown once, here, because only its hash is kept. Each
// person's row is app/newsroom/users/user-row.tsx (a card on phones).
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ActionFailure } from "@/lib/actions/action";
import { createUserAction } from "@/lib/actions/users/create-user";
import { ROLES } from "@/lib/auth/permissions";
import styles from "@/components/newsroom/admin.module.css";
import { useRoleNames } from "@/components/newsroom/role-name";
import { FormError } from "@/components/newsroom/form-error";
import { UserRow } from "@/app/newsroom/users/user-row";
import type { Notice, OneTimeLink, UserItem } from "@/app/newsroom/users/user-types";

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
      <table className="article-table card-table">
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
