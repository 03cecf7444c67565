"use client";
// The address (slug) and the texts for search engines: shared texts. An
// empty slug means "made from the title" (the placeholder shows it); the
// address under it is the one the server last stored. The SEO texts show
// their length against the newsroom's recommendation (what search engines
// show before cutting).
import { useTranslations } from "use-intl";
import { ARTICLE_TEXT_MAX } from "@/lib/articles/field-limits";
import type { WritingSettings } from "@/lib/settings/writing";
import { slugify } from "@/lib/text/slug";
import { useSharedText, useSharedTextValue } from "@/components/newsroom/editor/collab/use-shared-text";
import { FieldError } from "@/components/newsroom/editor/fields/field-error";
import type { FieldErrors, FieldsSource } from "@/components/newsroom/editor/fields/source";
import { LengthCounter } from "@/components/newsroom/editor/length-counter";

type Props = {
  source: FieldsSource;
  initial: { title: string; slug: string; seoTitle: string; seoDescription: string };
  /** The stored address's slug. */
  storedSlug: string;
  lang: string;
  errors: FieldErrors;
  limits: WritingSettings["limits"];
};

export function SlugField({ source, initial, storedSlug, errors }: Omit<Props, "lang" | "limits">) {
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

export function SeoFields({ source, initial, lang, errors, limits }: Omit<Props, "storedSlug">) {
  const t = useTranslations("editor");
  const seoTitle = useSharedText(source, "seoTitle", initial.seoTitle);
  const seoDescription = useSharedText(source, "seoDescription", initial.seoDescription);
  return (
    <>
      {/* Labelled by id: the counter must not become part of the label. */}
      <div className="field">
        <label htmlFor="field-seo-title">{t("fields.seoTitle")}</label>
        <input id="field-seo-title" lang={lang} maxLength={ARTICLE_TEXT_MAX.seoTitle} aria-describedby="field-seo-title-count" {...seoTitle.inputProps} />
        <LengthCounter id="field-seo-title-count" text={seoTitle.value} limit={limits.seoTitle} />
        <FieldError errors={errors} name="seoTitle" />
      </div>
      <div className="field">
        <label htmlFor="field-seo-description">{t("fields.seoDescription")}</label>
        <textarea
          id="field-seo-description"
          lang={lang}
          rows={3}
          maxLength={ARTICLE_TEXT_MAX.seoDescription}
          aria-describedby="field-seo-description-count"
          {...seoDescription.inputProps}
        />
        <LengthCounter id="field-seo-description-count" text={seoDescription.value} limit={limits.seoDescription} />
        <FieldError errors={errors} name="seoDescription" />
      </div>
    </>
  );
}
