"use client";
// The settings form's "Copy desk" part (issue 20): the headline's length in
// search results, the dateline every lead opens with, and the newsroom's
// tone-mark style (lib/settings/writing.ts). The style is offered with
// examples rather than as "old"/"new": Vietnamese sources give those names to
// opposite styles.
import { useTranslations } from "use-intl";
import { ARTICLE_TEXT_MAX } from "@/lib/articles/field-limits";
import { DATELINE_PREFIX_MAX, LENGTH_SETTING_MIN, TONE_MARK_STYLES, type ToneMarkStyle } from "@/lib/settings/writing";
import formStyles from "@/app/newsroom/settings/settings-form.module.css";
import { NumberSetting, type SettingsPartProps } from "@/app/newsroom/settings/number-setting";

const STYLE_LABEL: Record<ToneMarkStyle, string> = { none: "toneMarkNone", firstVowel: "toneMarkFirstVowel", mainVowel: "toneMarkMainVowel" };
/** Each style shown by the words it changes (in Vietnamese, whatever the interface language). */
const STYLE_EXAMPLES: Record<ToneMarkStyle, string | null> = { none: null, firstVowel: "hòa, thúy, khỏe", mainVowel: "hoà, thuý, khoẻ" };

export function CopyDeskFields({ initial, invalid, problem }: SettingsPartProps) {
  const t = useTranslations("settings");
  return (
    <fieldset className={formStyles.group} data-testid="copy-desk-settings">
      <legend>{t("copyDeskHeading")}</legend>
      <NumberSetting
        name="titleSearchLength"
        label={t("titleSearchLength")}
        hint={t("titleSearchLengthHint", { max: ARTICLE_TEXT_MAX.title })}
        min={LENGTH_SETTING_MIN}
        max={ARTICLE_TEXT_MAX.title}
        defaultValue={initial.titleSearchLength}
        invalid={invalid}
        problem={problem}
      />
      <label>
        {t("datelinePrefix")}
        <input name="datelinePrefix" defaultValue={initial.datelinePrefix} maxLength={DATELINE_PREFIX_MAX} {...invalid("datelinePrefix")} />
        <span id="datelinePrefix-hint" className="hint">
          {t("datelinePrefixHint")}
        </span>
        {problem("datelinePrefix")}
      </label>
      <fieldset className={formStyles.choices} aria-describedby="toneMarkStyle-hint">
        <legend>{t("toneMarkStyle")}</legend>
        {TONE_MARK_STYLES.map((style) => (
          <label key={style} className={formStyles.check}>
            <input type="radio" name="toneMarkStyle" value={style} defaultChecked={initial.toneMarkStyle === style} {...invalid("toneMarkStyle")} />
            <span>
              {t(STYLE_LABEL[style])}
              {STYLE_EXAMPLES[style] ? (
                <>
                  {": "}
                  <span lang="vi">{STYLE_EXAMPLES[style]}</span>
                </>
              ) : null}
            </span>
          </label>
        ))}
        <span id="toneMarkStyle-hint" className="hint">
          {t("toneMarkStyleHint")}
        </span>
        {problem("toneMarkStyle")}
      </fieldset>
    </fieldset>
  );
}
