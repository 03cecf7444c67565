"use client";
// The API's settings on /newsroom/api: whether the API answers without a key,
// the rate limits (requests a minute per key and per address), and where
// webhooks may be sent besides public https addresses (lib/settings/api.ts).
// Saved through the update-api-settings action; a refusal shows each field's
// problem next to it and keeps what was typed. Checkboxes are sent as
// booleans (an unticked box sends nothing).
import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ActionResult } from "@/lib/actions/action";
import { updateApiSettingsAction } from "@/lib/actions/api/update-api-settings";
import { RATE_LIMIT_RANGE, type ApiSettingValues } from "@/lib/settings/api";
import adminStyles from "@/components/newsroom/admin.module.css";
import { FormError } from "@/components/newsroom/form-error";
import styles from "@/components/newsroom/api-admin/api-admin.module.css";

type Key = keyof ApiSettingValues;
type State = { result: ActionResult<{ changed: string[] }> } | null;

export function ApiSettingsForm({ initial }: { initial: ApiSettingValues }) {
  const t = useTranslations("apiAdmin.settings");
  const tc = useTranslations("common");
  const [state, save, pending] = useActionState(async (_prev: State, form: FormData): Promise<State> => {
    const result = await updateApiSettingsAction({
      apiAnonymousAccess: form.has("apiAnonymousAccess"),
      apiRateLimitPerKey: String(form.get("apiRateLimitPerKey") ?? ""),
      apiRateLimitPerAddress: String(form.get("apiRateLimitPerAddress") ?? ""),
      webhooksAllowLoopbackHttp: form.has("webhooksAllowLoopbackHttp"),
      webhooksAllowPrivateNetworks: form.has("webhooksAllowPrivateNetworks"),
    });
    return { result };
  }, null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => save(form));
  }

  const result = state?.result;
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const described = (key: Key) =>
    errors[key] ? { "aria-invalid": true, "aria-describedby": `${key}-hint ${key}-error` } : { "aria-describedby": `${key}-hint` };
  const hint = (key: Key, text: string) => (
    <span id={`${key}-hint`} className="hint">
      {text}
    </span>
  );
  const problem = (key: Key) =>
    errors[key] ? (
      <span id={`${key}-error`} className="field-error">
        {errors[key][0]}
      </span>
    ) : null;
  const check = (key: Key) => (
    <div>
      <label className={styles.check}>
        <input name={key} type="checkbox" defaultChecked={Boolean(initial[key])} {...described(key)} />
        {t(`${key}.label`)}
      </label>
      {hint(key, t(`${key}.hint`))}
      {problem(key)}
    </div>
  );
  const limit = (key: "apiRateLimitPerKey" | "apiRateLimitPerAddress") => (
    <label>
      {t(`${key}.label`)}
      <input
        name={key}
        type="number"
        inputMode="numeric"
        min={RATE_LIMIT_RANGE.min}
        max={RATE_LIMIT_RANGE.max}
        step={1}
        defaultValue={initial[key]}
        required
        {...described(key)}
      />
      {hint(key, t(`${key}.hint`))}
      {problem(key)}
    </label>
  );

  return (
    <section className={adminStyles.section} aria-labelledby="api-settings-heading">
      <h2 id="api-settings-heading">{t("heading")}</h2>
      <form className={`stack-form ${styles.form}`} onSubmit={onSubmit} noValidate aria-labelledby="api-settings-heading">
        {check("apiAnonymousAccess")}
        {limit("apiRateLimitPerKey")}
        {limit("apiRateLimitPerAddress")}
        {check("webhooksAllowLoopbackHttp")}
        {check("webhooksAllowPrivateNetworks")}
        <div aria-live="polite">
          {result && !result.ok ? <FormError>{result.error}</FormError> : null}
          {result?.ok ? (
            <p className="notice" data-testid="api-settings-saved">
              {result.changed.length ? t("saved") : t("unchanged")}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" disabled={pending}>
            {pending ? tc("saving") : t("save")}
          </button>
        </div>
      </form>
    </section>
  );
}
