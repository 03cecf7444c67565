"use client";
// The editor's side fields: section, language, tags, bylines, address, cover
// image and the search-engine texts. Every change goes through `setField`,
// which saves it like any other edit.
import { useTranslations } from "use-intl";
import type { EditorAuthor } from "@/lib/articles/editor-state";
import type { LanguageOption } from "@/lib/articles/languages";
import type { MediaItem } from "@/lib/media/items";
import { slugify } from "@/lib/text/slug";
import { SectionOptions } from "@/components/newsroom/section-options";
import { FieldError } from "@/components/newsroom/editor/field-error";
import type { Meta } from "@/components/newsroom/editor/use-article-fields";

type Props = {
  meta: Meta;
  setField: <K extends keyof Meta>(key: K, value: Meta[K]) => void;
  readOnly: boolean;
  sections: { id: string; name: string }[];
  languages: LanguageOption[];
  /** The article's language, or the site's when it has none of its own. */
  contentLanguage: string;
  /** The address as last saved (an automatic slug follows the title). */
  savedSlug: string;
  cover: MediaItem | null;
  onChooseCover: () => void;
  onRemoveCover: () => void;
  fieldErrors: Record<string, string[]>;
};

export function MetaFields({ meta, setField, readOnly, sections, languages, contentLanguage, savedSlug, cover, onChooseCover, onRemoveCover, fieldErrors }: Props) {
  const t = useTranslations("editor");

  const setAuthor = (i: number, patch: Partial<EditorAuthor>) =>
    setField(
      "authors",
      meta.authors.map((a, j) => (j === i ? { ...a, ...patch } : a)),
    );
  const moveAuthor = (i: number, by: number) => {
    const list = [...meta.authors];
    const [item] = list.splice(i, 1);
    list.splice(i + by, 0, item);
    setField("authors", list);
  };

  return (
    <>
      <label className="field">
        {t("fields.section")}
        <select value={meta.sectionId} disabled={readOnly} onChange={(e) => setField("sectionId", e.target.value)}>
          <SectionOptions sections={sections} />
        </select>
      </label>
      <label className="field">
        {t("fields.language")}
        <select value={contentLanguage} disabled={readOnly} onChange={(e) => setField("language", e.target.value)}>
          {languages.map((l) => (
            <option key={l.tag} value={l.tag} lang={l.tag}>
              {l.name}
            </option>
          ))}
        </select>
        <FieldError messages={fieldErrors.language} />
      </label>
      <label className="field">
        {t("fields.tags")}
        <input
          value={meta.tags.join(", ")}
          disabled={readOnly}
          placeholder={t("fields.tagsPlaceholder")}
          onChange={(e) => setField("tags", e.target.value.split(",").map((tag) => tag.trim()).filter(Boolean))}
        />
        <FieldError messages={fieldErrors.tags} />
      </label>
      <fieldset className="field bylines">
        <legend>{t("fields.byline")}</legend>
        {meta.authors.map((a, i) => (
          <div key={i} className="byline-row">
            <input aria-label={t("fields.bylineN", { n: i + 1 })} value={a.byline} disabled={readOnly} onChange={(e) => setAuthor(i, { byline: e.target.value })} />
            <button type="button" aria-label={t("fields.moveUp")} disabled={readOnly || i === 0} onClick={() => moveAuthor(i, -1)}>
              ↑
            </button>
            <button type="button" aria-label={t("fields.removeByline")} disabled={readOnly || meta.authors.length === 1} onClick={() => setField("authors", meta.authors.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="secondary" disabled={readOnly} onClick={() => setField("authors", [...meta.authors, { byline: "", userId: null }])}>
          {t("fields.addByline")}
        </button>
        <FieldError messages={fieldErrors.authors} />
      </fieldset>
      <label className="field">
        {t("fields.slug")}
        <input value={meta.slug} disabled={readOnly} placeholder={slugify(meta.title) || t("fields.slugPlaceholder")} onChange={(e) => setField("slug", e.target.value)} />
        <span className="hint">{t("fields.address", { slug: savedSlug })}</span>
        <FieldError messages={fieldErrors.slug} />
      </label>
      <div className="field">
        <span>{t("fields.cover")}</span>
        {cover ? (
          // eslint-disable-next-line @next/next/no-img-element -- a small preview of a variant made at upload; next/image would make another
          <img src={cover.src} alt={cover.alt} className="cover-preview" />
        ) : (
          <p className="hint">{t("fields.noCover")}</p>
        )}
        <div>
          <button type="button" className="secondary" disabled={readOnly} onClick={onChooseCover}>
            {cover ? t("fields.changeCover") : t("fields.chooseCover")}
          </button>{" "}
          {cover ? (
            <button type="button" className="secondary" disabled={readOnly} onClick={onRemoveCover}>
              {t("fields.removeCover")}
            </button>
          ) : null}
        </div>
      </div>
      <label className="field">
        {t("fields.seoTitle")}
        <input value={meta.seoTitle} lang={contentLanguage} disabled={readOnly} maxLength={200} onChange={(e) => setField("seoTitle", e.target.value)} />
        <FieldError messages={fieldErrors.seoTitle} />
      </label>
      <div className="field">
        <label htmlFor="field-seo-description">{t("fields.seoDescription")}</label>
        <textarea id="field-seo-description" lang={contentLanguage} value={meta.seoDescription} disabled={readOnly} rows={3} maxLength={400} onChange={(e) => setField("seoDescription", e.target.value)} />
        <FieldError messages={fieldErrors.seoDescription} />
      </div>
    </>
  );
}
