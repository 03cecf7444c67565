"use client";
// The site settings form. Saves through the update-settings action; a refusal
// shows each field's problem next to it and keeps everything as typed.
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { updateSettingsAction } from "@/lib/actions/settings/update-settings";
import type { SettingKey, SiteSettings } from "@/lib/settings";
import styles from "./admin.module.css";

type State = { result: ActionResult<{ changed: SettingKey[] }> } | null;

type Props = {
  initial: SiteSettings;
  /** Time zone names this server knows, offered as suggestions. */
  timeZones: string[];
  featuredSlots: { min: number; max: number };
};

export function SettingsForm({ initial, timeZones, featuredSlots }: Props) {
  const [state, save, pending] = useActionState(async (_prev: State, form: FormData): Promise<State> => {
    const text = (key: SettingKey) => String(form.get(key) ?? "");
    const result = await updateSettingsAction({
      siteName: text("siteName"),
      tagline: text("tagline"),
      timeZone: text("timeZone"),
      footerText: text("footerText"),
      featuredSlots: text("featuredSlots"),
    });
    return { result };
  }, null);

  // Dispatched by hand rather than through <form action>, which would reset
  // the fields to their first values even when the server refuses them.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => save(form));
  }

  const result = state?.result;
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const invalid = (key: SettingKey) =>
    errors[key] ? { "aria-invalid": true, "aria-describedby": `${key}-hint ${key}-error` } : { "aria-describedby": `${key}-hint` };
  const problem = (key: SettingKey) =>
    errors[key] ? (
      <span id={`${key}-error`} className="field-error">
        {errors[key][0]}
      </span>
    ) : null;

  return (
    <form className={`stack-form ${styles.wide}`} onSubmit={onSubmit} noValidate>
      <label>
        Site name
        <input name="siteName" defaultValue={initial.siteName} required maxLength={100} {...invalid("siteName")} />
        <span id="siteName-hint" className="hint">
          Shown in the masthead, page titles and feeds.
        </span>
        {problem("siteName")}
      </label>
      <label>
        Tagline
        <input name="tagline" defaultValue={initial.tagline} maxLength={200} {...invalid("tagline")} />
        <span id="tagline-hint" className="hint">
          Describes the site on the home page, in search results and in feeds.
        </span>
        {problem("tagline")}
      </label>
      <label>
        Time zone
        <input name="timeZone" defaultValue={initial.timeZone} list="time-zones" autoComplete="off" required {...invalid("timeZone")} />
        <span id="timeZone-hint" className="hint">
          Dates on the site are shown in this zone, e.g. Asia/Ho_Chi_Minh.
        </span>
        {problem("timeZone")}
      </label>
      <datalist id="time-zones">
        {timeZones.map((tz) => (
          <option key={tz} value={tz} />
        ))}
      </datalist>
      <label>
        Footer text
        <textarea name="footerText" defaultValue={initial.footerText} rows={4} maxLength={1000} {...invalid("footerText")} />
        <span id="footerText-hint" className="hint">
          Plain text at the foot of every public page (address, contacts); line breaks are kept.
        </span>
        {problem("footerText")}
      </label>
      <label>
        Featured slots
        <input
          name="featuredSlots"
          type="number"
          inputMode="numeric"
          min={featuredSlots.min}
          max={featuredSlots.max}
          step={1}
          defaultValue={initial.featuredSlots}
          required
          {...invalid("featuredSlots")}
        />
        <span id="featuredSlots-hint" className="hint">
          Stories at the top of the home page: the lead story and the ones beside it ({featuredSlots.min}–{featuredSlots.max}).
        </span>
        {problem("featuredSlots")}
      </label>
      <div aria-live="polite">
        {result && !result.ok ? (
          <p className="form-error" role="alert">
            {result.error}
          </p>
        ) : null}
        {result?.ok ? (
          <p className="notice" data-testid="settings-saved">
            {result.changed.length
              ? "Saved. The public site shows the change within seconds."
              : "Nothing to save: the settings were already like this."}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
