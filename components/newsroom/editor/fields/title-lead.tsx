"use client";
// The headline and the lead (sapo): shared texts two people can type into at once.
import { useTranslations } from "use-intl";
import { useSharedText } from "@/components/newsroom/editor/collab/use-shared-text";
import { FieldError } from "@/components/newsroom/editor/fields/field-error";
import type { FieldErrors, FieldsSource } from "@/components/newsroom/editor/fields/source";

type Props = {
  source: FieldsSource;
  /** The page's values, shown until the shared document has them. */
  initial: { title: string; lead: string };
  /** The article's language (spelling, hyphenation, screen readers). */
  lang: string;
  errors: FieldErrors;
};

export function TitleLead({ source, initial, lang, errors }: Props) {
  const t = useTranslations("editor");
  const title = useSharedText(source, "title", initial.title);
  const lead = useSharedText(source, "lead", initial.lead);
  return (
    <>
      <label className="field">
        {t("fields.title")}
        <input className="title-input" lang={lang} maxLength={300} {...title.inputProps} />
        <FieldError errors={errors} name="title" />
      </label>
      {/* Textareas are labelled by id: inside a <label> their text would become part of the label. */}
      <div className="field">
        <label htmlFor="field-lead">{t("fields.lead")}</label>
        <textarea id="field-lead" lang={lang} rows={3} maxLength={2000} {...lead.inputProps} />
        <FieldError errors={errors} name="lead" />
      </div>
    </>
  );
}
