// The newsroom's writing settings as the editor needs them (typographic
// quotes and dashes as you type, the recommended lengths its counters show),
// and their defaults. Stored and validated with the other site settings
// (lib/settings/site-settings.ts); this module has no imports so the
// browser's editor can take the defaults without the settings' server code.

/** The texts whose length the editor counts, by their field name. */
export const COUNTED_FIELDS = ["title", "lead", "seoTitle", "seoDescription"] as const;
export type CountedField = (typeof COUNTED_FIELDS)[number];

/** The setting that holds each counted field's recommended length. */
export const LENGTH_SETTING = {
  title: "titleLength",
  lead: "leadLength",
  seoTitle: "seoTitleLength",
  seoDescription: "seoDescriptionLength",
} as const satisfies Record<CountedField, string>;
export type LengthSettingKey = (typeof LENGTH_SETTING)[CountedField];

/** A recommended length below this would flag every text: refused. */
export const LENGTH_SETTING_MIN = 10;

/** The longest dateline convention ("(Baonghean.vn) -") a newsroom may set. */
export const DATELINE_PREFIX_MAX = 60;

/**
 * Where a tone mark goes on the open "oa", "oe", "uy" rhymes (lib/vietnamese/
 * tone-style.ts). Named by the letter that carries it, not "old"/"new":
 * Vietnamese sources attach those two words to opposite styles, so the
 * settings page shows examples instead. "none": the newsroom has no house
 * style, and the editor offers no conversion.
 */
export const TONE_MARK_STYLES = ["none", "firstVowel", "mainVowel"] as const;
export type ToneMarkStyle = (typeof TONE_MARK_STYLES)[number];

/** The copy desk's settings (issue 20): the checks beside the editor and at publish. */
export type CopyDeskSettings = {
  /** The headline's recommended length where search engines show it (characters). */
  titleSearchLength: number;
  /** What every lead starts with, e.g. "(Baonghean.vn) -"; "" when the paper has no such convention. */
  datelinePrefix: string;
  toneMarkStyle: ToneMarkStyle;
};

export type WritingSettingValues = { smartTypography: boolean } & Record<LengthSettingKey, number> & CopyDeskSettings;

/**
 * Defaults for a Vietnamese newsroom. Characters, not words: Vietnamese
 * words are single syllables of 2–7 letters, so a count of words says less
 * about how much room a text takes than in English.
 */
export const WRITING_DEFAULTS: WritingSettingValues = {
  // “ ” and — are what Vietnamese print uses; a newsroom that does not want
  // them turns this off.
  smartTypography: true,
  // About 20 words: two lines in the home page's lead slot and still whole in
  // Facebook's and Zalo's share cards, which cut near 100. Vietnamese
  // headlines run longer than English ones (most of the demo paper's, modelled
  // on Báo Nghệ An, are 60–100), so 100 flags the unusually long, not the usual.
  titleLength: 100,
  // The sapo is two or three sentences, some 50–60 words: about 300 characters.
  // Longer, it stops being a lead and becomes the first paragraph.
  leadLength: 300,
  // What Google shows of a title before it cuts it (about 600 px).
  seoTitleLength: 60,
  // What Google shows of a description on a computer (about 920 px).
  seoDescriptionLength: 160,
  // Google shows about 600 px of a result's title: some 65–70 Vietnamese
  // characters, whose marks make letters no wider. A headline past this is
  // cut in search results unless the article has a shorter SEO title.
  titleSearchLength: 70,
  datelinePrefix: "",
  toneMarkStyle: "none",
};

/** What the article editor is handed (app/newsroom/articles/[id]/page.tsx). */
export type WritingSettings = {
  smartTypography: boolean;
  /** The recommended length of each counted field, in characters. */
  limits: Record<CountedField, number>;
  copyDesk: CopyDeskSettings;
};

export function writingSettingsOf(values: WritingSettingValues): WritingSettings {
  const limits = Object.fromEntries(COUNTED_FIELDS.map((field) => [field, values[LENGTH_SETTING[field]]])) as Record<CountedField, number>;
  const copyDesk = { titleSearchLength: values.titleSearchLength, datelinePrefix: values.datelinePrefix, toneMarkStyle: values.toneMarkStyle };
  return { smartTypography: values.smartTypography, limits, copyDesk };
}
