"use client";
// The editor's side column of fields, in their usual order: section,
// language, tags, bylines, address, cover, SEO.
import type { EditorArticle } from "@/lib/articles/editor-state";
import type { LanguageOption } from "@/lib/articles/languages";
import type { MediaItem } from "@/lib/media/items";
import type { WritingSettings } from "@/lib/settings/writing";
import { BylinesField } from "@/components/newsroom/editor/fields/bylines-field";
import { ChoiceFields } from "@/components/newsroom/editor/fields/choice-fields";
import { CoverField } from "@/components/newsroom/editor/fields/cover-field";
import { SeoFields, SlugField } from "@/components/newsroom/editor/fields/seo-fields";
import type { FieldErrors, FieldsSource } from "@/components/newsroom/editor/fields/source";

type Props = {
  source: FieldsSource;
  initial: EditorArticle;
  /** The slug is made from the title: the field starts empty. */
  slugIsAuto: boolean;
  storedSlug: string;
  sections: { id: string; name: string }[];
  languages: LanguageOption[];
  siteLanguage: string;
  cover: MediaItem | null;
  lang: string;
  errors: FieldErrors;
  /** The recommended lengths of the SEO texts. */
  limits: WritingSettings["limits"];
};

export function SideFields({ source, initial, slugIsAuto, storedSlug, sections, languages, siteLanguage, cover, lang, errors, limits }: Props) {
  return (
    <>
      <ChoiceFields source={source} initial={initial} sections={sections} languages={languages} siteLanguage={siteLanguage} errors={errors} />
      <BylinesField source={source} initial={initial.authors} errors={errors} />
      <SlugField source={source} initial={{ ...initial, slug: slugIsAuto ? "" : initial.slug }} storedSlug={storedSlug} errors={errors} />
      <CoverField source={source} initialId={initial.coverMediaId} initialItem={cover} errors={errors} />
      <SeoFields source={source} initial={initial} lang={lang} errors={errors} limits={limits} />
    </>
  );
}
