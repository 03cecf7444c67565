"use client";
// Starts a draft in the chosen section and language (the site's by default)
// and opens it in the editor.
import { useActionState } from "react";
import { useTranslations } from "use-intl";
import { createArticleAction } from "@/lib/actions/articles/create-article";
import type { LanguageOption } from "@/lib/articles/languages";
import { SectionOptions } from "@/components/newsroom/section-options";
import { FormError } from "@/components/newsroom/form-error";

type Props = { sections: { id: string; name: string }[]; languages: LanguageOption[]; siteLanguage: string };

export function NewArticleForm({ sections, languages, siteLanguage }: Props) {
  const t = useTranslations("editor");
  const [state, action, pending] = useActionState(createArticleAction, null);
  return (
    <form action={action} className="stack-form">
      <label>
        {t("fields.section")}
        <select name="sectionId" defaultValue={sections[0]?.id}>
          <SectionOptions sections={sections} />
        </select>
      </label>
      <label>
        {t("fields.language")}
        <select name="language" defaultValue={siteLanguage}>
          {languages.map((l) => (
            <option key={l.tag} value={l.tag} lang={l.tag}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      {state && !state.ok ? <FormError>{state.error}</FormError> : null}
      <button type="submit" disabled={pending}>
        {pending ? t("newArticle.creating") : t("newArticle.start")}
      </button>
    </form>
  );
}
