"use client";
// The desk's page for sections (create, rename, reorder) and tags (rename, delete).
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "use-intl";
import { createSectionAction } from "@/lib/actions/taxonomy/create-section";
import { deleteTagAction } from "@/lib/actions/taxonomy/delete-tag";
import { moveSectionAction } from "@/lib/actions/taxonomy/move-section";
import { renameTagAction } from "@/lib/actions/taxonomy/rename-tag";
import { updateSectionAction } from "@/lib/actions/taxonomy/update-section";
import { formatNumber } from "@/lib/i18n/format";
import { FormError } from "@/components/newsroom/form-error";
import { namesFrom, SectionNameFields, type NameLanguage } from "@/app/newsroom/sections/section-name-fields";
import { sectionName } from "@/lib/taxonomy/section-name";

type Section = { id: string; name: string; names: string; slug: string; description: string; articles: number };
type Tag = { id: string; name: string; slug: string; articles: number };

/** `languages`: the site's languages other than its own, each a name field. */
export function TaxonomyAdmin({ sections, tags, languages }: { sections: Section[]; tags: Tag[]; languages: NameLanguage[] }) {
  const t = useTranslations("sections");
  const tc = useTranslations("common");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function run(step: () => Promise<{ ok: boolean; error?: string }>) {
    setError(null);
    const result = await step();
    if (!result.ok) setError(result.error ?? te("failed"));
    else router.refresh();
  }

  const values = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    return Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
  };

  return (
    <div className="taxonomy">
      <h1>{t("title")}</h1>
      <FormError>{error}</FormError>
      <h2>{t("sections")}</h2>
      <table className="article-table card-table">
        <thead>
          <tr>
            <th scope="col">{t("colSection")}</th>
            <th scope="col">{t("colArticles")}</th>
            <th scope="col">{t("colOrder")}</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((s, i) => (
            <tr key={s.id}>
              <td className="cell-title">
                <form className="inline-form" onSubmit={(e) => { const v = values(e); void run(() => updateSectionAction({ id: s.id, name: v.name, names: namesFrom(v, languages), slug: v.slug, description: v.description })); }}>
                  <label>
                    {t("name")}
                    <input name="name" defaultValue={s.name} />
                  </label>
                  <SectionNameFields languages={languages} names={s.names} />
                  <label>
                    {t("slug")}
                    <input name="slug" defaultValue={s.slug} />
                  </label>
                  <label>
                    {t("description")}
                    <input name="description" defaultValue={s.description} />
                  </label>
                  <button type="submit" className="secondary">
                    {tc("save")}
                  </button>
                </form>
              </td>
              <td data-label={t("colArticles")}>{formatNumber(s.articles, locale)}</td>
              <td data-label={t("colOrder")}>
                <button type="button" className="secondary" aria-label={t("moveUp", { name: sectionName(s, locale) })} disabled={i === 0} onClick={() => run(() => moveSectionAction({ id: s.id, by: -1 }))}>
                  ↑
                </button>{" "}
                <button type="button" className="secondary" aria-label={t("moveDown", { name: sectionName(s, locale) })} disabled={i === sections.length - 1} onClick={() => run(() => moveSectionAction({ id: s.id, by: 1 }))}>
                  ↓
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="inline-form" onSubmit={(e) => { const v = values(e); void run(() => createSectionAction({ name: v.name, names: namesFrom(v, languages), slug: v.slug || undefined, description: v.description })); e.currentTarget.reset(); }}>
        <label>
          {t("newSection")}
          <input name="name" required />
        </label>
        <SectionNameFields languages={languages} />
        <label>
          {t("slugOptional")}
          <input name="slug" />
        </label>
        <label>
          {t("description")}
          <input name="description" />
        </label>
        <button type="submit">{t("create")}</button>
      </form>

      <h2>{t("tags")}</h2>
      <table className="article-table card-table">
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("colArticles")}</th>
            <th scope="col">
              <span className="visually-hidden">{tc("delete")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.id}>
              <td className="cell-title">
                <form className="inline-form" onSubmit={(e) => { const v = values(e); void run(() => renameTagAction({ id: tag.id, name: v.name })); }}>
                  <label>
                    <span className="visually-hidden">{t("tagName", { name: tag.name })}</span>
                    <input name="name" defaultValue={tag.name} />
                  </label>
                  <button type="submit" className="secondary">
                    {t("rename")}
                  </button>
                </form>
              </td>
              <td data-label={t("colArticles")}>{formatNumber(tag.articles, locale)}</td>
              <td>
                <button
                  type="button"
                  className="danger"
                  onClick={() => window.confirm(t("confirmDeleteTag", { name: tag.name, count: tag.articles })) && run(() => deleteTagAction({ id: tag.id }))}
                >
                  {tc("delete")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
