// The section's name in each of the site's other languages ("Name in
// English"), inside the section forms of the sections admin. Field names are
// "names.<locale>"; namesFrom() reads them back out of a submitted form.
import { parseSectionNames } from "@/lib/taxonomy/section-name";

/** A language the section can be named in, with its field's label. */
export type NameLanguage = { code: string; label: string };

export function SectionNameFields({ languages, names = "{}" }: { languages: NameLanguage[]; names?: string }) {
  const current = parseSectionNames(names);
  return languages.map((l) => (
    <label key={l.code}>
      {l.label}
      <input name={`names.${l.code}`} lang={l.code} defaultValue={current[l.code] ?? ""} />
    </label>
  ));
}

/** The per-language names out of a form's values; blanks are kept so clearing a name removes it. */
export function namesFrom(values: Record<string, string>, languages: NameLanguage[]): Record<string, string> {
  return Object.fromEntries(languages.map((l) => [l.code, values[`names.${l.code}`] ?? ""]));
}
