// The hard maximum lengths of an article's texts, in characters: the server
// refuses longer ones (lib/articles/fields-schema.ts). Kept apart, without
// imports, so the site settings can bound the editor's recommended lengths by
// them (lib/settings/site-settings.ts) without an import cycle through
// lib/articles/languages.ts.
export const ARTICLE_TEXT_MAX = {
  title: 300,
  lead: 2000,
  seoTitle: 200,
  seoDescription: 400,
} as const;
