"use client";
// The site settings form. Saves through the update-settings action; a refusal
// shows each field's problem next to it (in the admin's language) and keeps
// everything as typed. The site language changes the reader site's interface.
// "Cover as lead image" and "typographic quotes" are checkboxes, sent as
// booleans (an unticked box sends nothing). The writing settings and the
// copy desk's are their own parts of the form (writing-fields.tsx,
// copy-desk-fields.tsx).
import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ActionResult } from "@/lib/actions/action";
import { updateSettingsAction } from "@/lib/actions/settings/update-settings";
import type { SettingKey, SiteSettings } from "@/lib/settings/site-settings";
import { VIDEO_MAX_MEGABYTES_RANGE } from "@/lib/settings/video";
import styles from "@/components/newsroom/admin.module.css";
import { FormError } from "@/components/newsroom/form-error";
import formStyles from "@/app/newsroom/settings/settings-form.module.css";
import { NumberSetting } from "@/app/newsroom/settings/number-setting";
import { CopyDeskFields } from "@/app/newsroom/settings/copy-desk-fields";
import { WritingFields } from "@/app/newsroom/settings/writing-fields";

type State = { result: ActionResult<{ changed: SettingKey[] }> } | null;

type Props = {
  initial: SiteSettings;
  /** Time zone names this server knows, offered as suggestions. */
  timeZones: string[];
  /** The interface languages the site can have, each by its own name. */
  languages: { code: string; name: string }[];
  featuredSlots: { min: number; max: number };
};

export function SettingsForm({ initial, timeZones, languages, featuredSlots }: Props) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const [state, save, pending] = useActionState(async (_prev: State, form: FormData): Promise<State> => {
    const text = (key: SettingKey) => String(form.get(key) ?? "");
    const result = await updateSettingsAction({
      siteName: text("siteName"),
      tagline: text("tagline"),
      timeZone: text("timeZone"),
      siteLanguage: text("siteLanguage"),
      footerText: text("footerText"),
      featuredSlots: text("featuredSlots"),
      videoMaxMegabytes: text("videoMaxMegabytes"),
      coverAsLeadImage: form.has("coverAsLeadImage"),
      smartTypography: form.has("smartTypography"),
      titleLength: text("titleLength"),
      leadLength: text("leadLength"),
      seoTitleLength: text("seoTitleLength"),
      seoDescriptionLength: text("seoDescriptionLength"),
      titleSearchLength: text("titleSearchLength"),
      datelinePrefix: text("datelinePrefix"),
      toneMarkStyle: text("toneMarkStyle"),
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
        {t("siteName")}
        <input name="siteName" defaultValue={initial.siteName} required maxLength={100} {...invalid("siteName")} />
        <span id="siteName-hint" className="hint">
          {t("siteNameHint")}
        </span>
        {problem("siteName")}
      </label>
      <label>
        {t("tagline")}
        <input name="tagline" defaultValue={initial.tagline} maxLength={200} {...invalid("tagline")} />
        <span id="tagline-hint" className="hint">
          {t("taglineHint")}
        </span>
        {problem("tagline")}
      </label>
      <label>
        {t("timeZone")}
        <input name="timeZone" defaultValue={initial.timeZone} list="time-zones" autoComplete="off" required {...invalid("timeZone")} />
        <span id="timeZone-hint" className="hint">
          {t("timeZoneHint")}
        </span>
        {problem("timeZone")}
      </label>
      <datalist id="time-zones">
        {timeZones.map((tz) => (
          <option key={tz} value={tz} />
        ))}
      </datalist>
      <label>
        {t("siteLanguage")}
        <select name="siteLanguage" defaultValue={initial.siteLanguage} {...invalid("siteLanguage")}>
          {languages.map((l) => (
            // Each language by its own name.
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
        <span id="siteLanguage-hint" className="hint">
          {t("siteLanguageHint")}
        </span>
        {problem("siteLanguage")}
      </label>
      <label>
        {t("footerText")}
        <textarea name="footerText" defaultValue={initial.footerText} rows={4} maxLength={1000} {...invalid("footerText")} />
        <span id="footerText-hint" className="hint">
          {t("footerTextHint")}
        </span>
        {problem("footerText")}
      </label>
      <NumberSetting
        name="featuredSlots"
        label={t("featuredSlots")}
        hint={t("featuredSlotsHint", featuredSlots)}
        {...featuredSlots}
        defaultValue={initial.featuredSlots}
        invalid={invalid}
        problem={problem}
      />
      <NumberSetting
        name="videoMaxMegabytes"
        label={t("videoMaxMegabytes")}
        hint={t("videoMaxMegabytesHint")}
        {...VIDEO_MAX_MEGABYTES_RANGE}
        defaultValue={initial.videoMaxMegabytes}
        invalid={invalid}
        problem={problem}
      />
      <div>
        <label className={formStyles.check}>
          <input name="coverAsLeadImage" type="checkbox" defaultChecked={initial.coverAsLeadImage} {...invalid("coverAsLeadImage")} />
          {t("coverAsLeadImage")}
        </label>
        <span id="coverAsLeadImage-hint" className="hint">
          {t("coverAsLeadImageHint")}
        </span>
        {problem("coverAsLeadImage")}
      </div>
      <WritingFields initial={initial} invalid={invalid} problem={problem} />
      <CopyDeskFields initial={initial} invalid={invalid} problem={problem} />
      <div aria-live="polite">
        {result && !result.ok ? <FormError>{result.error}</FormError> : null}
        {result?.ok ? (
          <p className="notice" data-testid="settings-saved">
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
  );
}
