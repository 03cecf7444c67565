// A section's name in a given language. Section.names is JSON text mapping a
// locale code to the name in that language ({"en":"Politics"}); Section.name
// is the name in the site's language and the fallback for every other one.
// Pure and safe for the browser: no catalogue or database access here.

export type SectionNames = Record<string, string>;

/** The stored names as a map; anything malformed reads as no translations. */
export function parseSectionNames(text: string | null | undefined): SectionNames {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== ""));
}

/** The section's name in `locale`, else its name in the site's language. */
export function sectionName(section: { name: string; names?: string | null }, locale: string | null | undefined): string {
  return (locale && parseSectionNames(section.names)[locale]?.trim()) || section.name;
}

/** Sections as {id, name} with each name in `locale`, for the newsroom's pickers. */
export function sectionsIn<S extends { id: string; name: string; names?: string | null }>(sections: S[], locale: string): { id: string; name: string }[] {
  return sections.map((s) => ({ id: s.id, name: sectionName(s, locale) }));
}
