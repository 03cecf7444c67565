"use client";
// Section, language and tags: plain shared values, the last choice wins.
import { useState } from "react";
import { useTranslations } from "use-intl";
import type { LanguageOption } from "@/lib/articles/languages";
import { useSharedValue } from "@/components/newsroom/editor/collab/use-shared-value";
import { FieldError } from "@/components/newsroom/editor/fields/field-error";
import type { FieldErrors, FieldsSource } from "@/components/newsroom/editor/fields/source";
import { SectionOptions } from "@/components/newsroom/section-options";

type Props = {
  source: FieldsSource;
  initial: { sectionId: string; language: string | null; tags: string[] };
  sections: { id: string; name: string }[];
  languages: LanguageOption[];
  /** An article without a language of its own is in the site's. */
  siteLanguage: string;
  errors: FieldErrors;
};

const parseTags = (text: string) =>
  text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);

export function ChoiceFields({ source, initial, sections, languages, siteLanguage, errors }: Props) {
  const t = useTranslations("editor");
  const [sectionId, setSectionId, editable] = useSharedValue(source, "sectionId", initial.sectionId);
  const [language, setLanguage] = useSharedValue(source, "language", initial.language);
  const [tags, setTags] = useSharedValue(source, "tags", initial.tags);
  // What is being typed into the tags box ("lũ, " included): shown while it
  // has focus, so the separator being typed is not swallowed by the list.
  const [tagsDraft, setTagsDraft] = useState<string | null>(null);
  return (
    <>
      <label className="field">
        {t("fields.section")}
        <select value={sectionId} disabled={!editable} onChange={(e) => setSectionId(e.target.value)}>
          <SectionOptions sections={sections} />
        </select>
        <FieldError errors={errors} name="sectionId" />
      </label>
      <label className="field">
        {t("fields.language")}
        <select value={language || siteLanguage} disabled={!editable} onChange={(e) => setLanguage(e.target.value)}>
          {languages.map((l) => (
            <option key={l.tag} value={l.tag} lang={l.tag}>
              {l.name}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="language" />
      </label>
      <label className="field">
        {t("fields.tags")}
        <input
          value={tagsDraft ?? tags.join(", ")}
          disabled={!editable}
          placeholder={t("fields.tagsPlaceholder")}
          onChange={(e) => {
            setTagsDraft(e.target.value);
            setTags(parseTags(e.target.value));
          }}
          onBlur={() => setTagsDraft(null)}
        />
        <FieldError errors={errors} name="tags" />
      </label>
    </>
  );
}
