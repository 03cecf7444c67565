"use client";
// "New key" on /newsroom/api: a name, what it may read (each scope with a
// line saying what it opens), and an optional last day. Sent through the
// create-key action; the secret comes back once and the list refreshes.
// Dispatched by hand rather than through <form action>, which would empty the
// fields even when the server refuses them.
import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ActionResult } from "@/lib/actions/action";
import { createKeyAction } from "@/lib/actions/api/create-key";
import type { ApiScope } from "@/lib/api/schemas";
import { DateTimeField } from "@/components/newsroom/date-time-field";
import { FormError } from "@/components/newsroom/form-error";
import styles from "@/components/newsroom/api-admin/api-admin.module.css";
import { SCOPE_KEY } from "@/components/newsroom/api-admin/labels";
import type { OneTimeSecret } from "@/components/newsroom/api-admin/types";

type State = { result: ActionResult<object> } | null;

/** `scopes`: API_SCOPES, handed down by the page (the schemas module stays on the server). */
export function KeyCreateForm({ scopes, onCreated }: { scopes: readonly ApiScope[]; onCreated: (secret: OneTimeSecret) => void }) {
  const t = useTranslations("apiAdmin.keys");
  const ts = useTranslations("apiAdmin.scopes");
  const [state, create, pending] = useActionState(async (_prev: State, data: FormData): Promise<State> => {
    const result = await createKeyAction({
      name: String(data.get("name") ?? ""),
      scopes: data.getAll("scopes").map(String),
      expiresOn: String(data.get("expiresOn") ?? ""),
    });
    // The parent then mounts a fresh form (its key changes): empty fields, no old errors.
    if (result.ok) onCreated({ kind: "key", name: result.name, secret: result.secret });
    return { result };
  }, null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => create(data));
  }

  const result = state?.result;
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const problem = (key: string) =>
    errors[key] ? (
      <span id={`key-${key}-error`} className="field-error">
        {errors[key][0]}
      </span>
    ) : null;

  return (
    <form className={`stack-form ${styles.form}`} onSubmit={onSubmit} noValidate aria-label={t("createHeading")}>
      <label>
        {t("name")}
        <input
          name="name"
          autoComplete="off"
          required
          maxLength={100}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? "key-name-hint key-name-error" : "key-name-hint"}
        />
        <span id="key-name-hint" className="hint">
          {t("nameHint")}
        </span>
        {problem("name")}
      </label>
      <fieldset className={styles.choices} aria-describedby={errors.scopes ? "key-scopes-error" : undefined}>
        <legend>{t("scopes")}</legend>
        {scopes.map((scope) => (
          <label key={scope} className={styles.choice}>
            <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "articles:read"} />
            <span>
              {ts(`${SCOPE_KEY[scope]}.label`)} <code>{scope}</code>
              <span className="hint">{ts(`${SCOPE_KEY[scope]}.hint`)}</span>
            </span>
          </label>
        ))}
        {problem("scopes")}
      </fieldset>
      <div>
        <DateTimeField label={t("expiry")} name="expiresOn" withTime={false} testId="key-expiry" />
        <span className="hint">{t("expiryHint")}</span>
        {problem("expiresOn")}
      </div>
      <FormError>{result && !result.ok ? result.error : null}</FormError>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </button>
      </div>
    </form>
  );
}
