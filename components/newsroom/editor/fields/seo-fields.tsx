"use client";
// The address (slug) and the texts for search engines: shared texts. An
// empty slug means "made from the title" (the placeholder shows it); the
// address under it is the one the server last stored.
import { useTranslations } from "use-intl";
import { slugify } from "@/lib/text/slug";
import { useSharedText, useSharedTextValue } from "@/components/newsroom/editor/collab/use-shared-text";
import { FieldError } from "@/components/newsroom/editor/fields/field-error";
import type { FieldErrors, FieldsSource } from "@/components/newsroom/editor/fields/source";

type Props = {
  source: FieldsSource;
  initial: { title: string; slug: string; seoTitle: string; seoDescription: string };
  /** The stored address's slug. */
  storedSlug: string;
  lang: string;
  errors: FieldErrors;
};

export function SlugField({ source, initial, storedSlug, errors }: Omit<Props, "lang">) {
  const t = useTranslations("editor");
  const slug = useSharedText(source, "slug", initial.slug);
  const title = useSharedTextValue(source, "title", initial.title);
  return (
    <label className="field">
      {t("fields.slug")}
      <input placeholder={slugify(title) || t("fields.slugPlaceholder")} {...slug.inputProps} />
      <span className="hint">{t("fields.address", { slug: storedSlug })}</span>
      <FieldError errors={errors} name="slug" />
    </label>
  );
}

export function SeoFields({ source, initial, lang, errors }: Omit<Props, "storedSlug">) {
  const t = useTranslations("editor");
  const seoTitle = useSharedText(source, "seoTitle", initial.seoTitle);
  const seoDescription = useSharedText(source, "seoDescription", initial.seoDescription);
  return (
    <>
      <label className="field">
        {t("fields.seoTitle")}
        <input lang={lang} maxLength={200} {...seoTitle.inputProps} />
        <FieldError errors={errors} name="seoTitle" />
      </label>
      <div className="field">
        <label htmlFor="field-seo-description">{t("fields.seoDescription")}</label>
        <textarea id="field-seo-description" lang={lang} rows={3} maxLength={400} {...seoDescription.inputProps} />
        <FieldError errors={errors} name="seoDescription" />
      </div>
    </>
  );
}
