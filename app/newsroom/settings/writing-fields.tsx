"use client";
// The settings form's "Writing" part: typographic quotes and dashes as you
// type, and the recommended lengths the editor's counters show
// (lib/settings/writing.ts). Each length is bounded by the field's hard
// maximum, which the hint names.
import { useTranslations } from "use-intl";
import { ARTICLE_TEXT_MAX } from "@/lib/articles/field-limits";
import { COUNTED_FIELDS, LENGTH_SETTING, LENGTH_SETTING_MIN } from "@/lib/settings/writing";
import formStyles from "@/app/newsroom/settings/settings-form.module.css";
import { NumberSetting, type SettingsPartProps } from "@/app/newsroom/settings/number-setting";

export function WritingFields({ initial, invalid, problem }: SettingsPartProps) {
  const t = useTranslations("settings");
  return (
    <fieldset className={formStyles.group}>
      <legend>{t("writingHeading")}</legend>
      <div>
        <label className={formStyles.check}>
          <input name="smartTypography" type="checkbox" defaultChecked={initial.smartTypography} {...invalid("smartTypography")} />
          {t("smartTypography")}
        </label>
        <span id="smartTypography-hint" className="hint">
          {t("smartTypographyHint")}
        </span>
        {problem("smartTypography")}
      </div>
      {COUNTED_FIELDS.map((field) => {
        const key = LENGTH_SETTING[field];
        return (
          <NumberSetting
            key={key}
            name={key}
            label={t(key)}
            hint={t("lengthHint", { max: ARTICLE_TEXT_MAX[field] })}
            min={LENGTH_SETTING_MIN}
            max={ARTICLE_TEXT_MAX[field]}
            defaultValue={initial[key]}
            invalid={invalid}
            problem={problem}
          />
        );
      })}
    </fieldset>
  );
}
