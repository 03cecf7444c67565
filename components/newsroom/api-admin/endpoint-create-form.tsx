"use client";
// "New endpoint" on /newsroom/api: the receiver's URL, the events it wants
// (each with a line saying when it is sent) and a description for colleagues.
// The URL is checked on the server (https only, no private addresses, unless
// the API settings allow them); the signing secret comes back once.
// Dispatched by hand rather than through <form action>, which would empty the
// fields even when the server refuses them; the parent mounts a fresh form
// after each endpoint.
import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ActionResult } from "@/lib/actions/action";
import { createEndpointAction } from "@/lib/actions/api/create-endpoint";
import type { WebhookEventType } from "@/lib/webhooks/events";
import { FormError } from "@/components/newsroom/form-error";
import styles from "@/components/newsroom/api-admin/api-admin.module.css";
import { eventKey } from "@/components/newsroom/api-admin/labels";
import type { OneTimeSecret } from "@/components/newsroom/api-admin/types";

type State = { result: ActionResult<object> } | null;

/** `events`: WEBHOOK_EVENTS, handed down by the page (lib/webhooks/events.ts is server code). */
export function EndpointCreateForm({ events, onCreated }: { events: readonly WebhookEventType[]; onCreated: (secret: OneTimeSecret) => void }) {
  const t = useTranslations("apiAdmin.webhooks");
  const te = useTranslations("apiAdmin.events");
  const [state, create, pending] = useActionState(async (_prev: State, data: FormData): Promise<State> => {
    const result = await createEndpointAction({
      url: String(data.get("url") ?? "").trim(),
      events: data.getAll("events").map(String),
      description: String(data.get("description") ?? ""),
    });
    if (result.ok) onCreated({ kind: "endpoint", name: result.url, secret: result.secret });
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
      <span id={`endpoint-${key}-error`} className="field-error">
        {errors[key][0]}
      </span>
    ) : null;
  const describedBy = (key: string) => (errors[key] ? `endpoint-${key}-hint endpoint-${key}-error` : `endpoint-${key}-hint`);

  return (
    <form className={`stack-form ${styles.form}`} onSubmit={onSubmit} noValidate aria-label={t("createHeading")}>
      <label>
        {t("url")}
        <input
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          required
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={describedBy("url")}
        />
        <span id="endpoint-url-hint" className="hint">
          {t("urlHint")}
        </span>
        {problem("url")}
      </label>
      <fieldset className={styles.choices} aria-describedby={errors.events ? "endpoint-events-error" : undefined}>
        <legend>{t("events")}</legend>
        {events.map((type) => (
          <label key={type} className={styles.choice}>
            <input type="checkbox" name="events" value={type} defaultChecked={type === "article.published"} />
            <span>
              {te(`${eventKey(type)}.label`)} <code>{type}</code>
              <span className="hint">{te(`${eventKey(type)}.hint`)}</span>
            </span>
          </label>
        ))}
        {problem("events")}
      </fieldset>
      <label>
        {t("description")}
        <input name="description" autoComplete="off" maxLength={200} aria-invalid={errors.description ? true : undefined} aria-describedby={describedBy("description")} />
        <span id="endpoint-description-hint" className="hint">
          {t("descriptionHint")}
        </span>
        {problem("description")}
      </label>
      <FormError>{result && !result.ok ? result.error : null}</FormError>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </button>
      </div>
    </form>
  );
}
