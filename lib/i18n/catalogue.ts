// The interface's message catalogues: one JSON file per language in
// messages/ (messages/vi.json, messages/en.json, …). Adding a language is
// adding a file: the languages offered are the files found. Each catalogue
// has a "meta" block (the language's own name, its date patterns) and the
// messages, grouped by part of the app, in ICU message format.
// Read from disk on the server (cached); client components get the messages
// they need from the server through components/i18n-provider.tsx.
import { readdirSync, readFileSync } from "node:fs";
import { createTranslator } from "use-intl/core";
import path from "node:path";

export type Messages = { [key: string]: string | Messages };
export type LocaleMeta = {
  /** The language's name in that language, for pickers. */
  name: string;
  /** Date-and-time pattern (tokens: d dd M MM MMMM yyyy HH mm). */
  dateTime: string;
  date: string;
};

export const DEFAULT_LOCALE = "vi";
const DIR = path.resolve("messages");

let cachedLocales: string[] | undefined;
const cache = new Map<string, Messages>();

/** The languages with a catalogue, e.g. ["en", "vi"]. */
export function availableLocales(): string[] {
  cachedLocales ??= readdirSync(DIR)
    .filter((f) => /^[a-z]{2,3}(-[A-Z]{2})?\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
  return cachedLocales;
}

export function isLocale(value: unknown): value is string {
  return typeof value === "string" && availableLocales().includes(value);
}

/** A supported locale: the candidate if it has a catalogue, else the fallback, else the default. */
export function resolveLocale(candidate: string | null | undefined, fallback?: string | null): string {
  if (isLocale(candidate)) return candidate;
  if (isLocale(fallback)) return fallback;
  return DEFAULT_LOCALE;
}

export function loadMessages(locale: string): Messages {
  const known = cache.get(locale);
  if (known) return known;
  if (!isLocale(locale)) throw new Error(`No message catalogue for "${locale}"`);
  const messages = JSON.parse(readFileSync(path.join(DIR, `${locale}.json`), "utf8")) as Messages;
  cache.set(locale, messages);
  return messages;
}

export function localeMeta(locale: string): LocaleMeta {
  return loadMessages(resolveLocale(locale)).meta as unknown as LocaleMeta;
}

/** Only the named top-level groups, for handing to client components. */
export function pickMessages(messages: Messages, groups: string[]): Messages {
  return Object.fromEntries(groups.filter((g) => g in messages).map((g) => [g, messages[g]]));
}

/** True when `key` names a message (not a group) in the locale's catalogue. */
export function hasMessage(locale: string, key: string): boolean {
  let node: string | Messages | undefined = loadMessages(resolveLocale(locale));
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string";
}

/**
 * The message `key` in `locale` with `values` filled in; text that is not a
 * key comes back as it is (so older plain-text errors still read well).
 */
export function messageFor(locale: string, key: string, values: Record<string, string | number | Date> = {}): string {
  if (!hasMessage(locale, key)) return key;
  const t = createTranslator({ locale, messages: loadMessages(resolveLocale(locale)) });
  return (t as unknown as (k: string, v: Record<string, string | number | Date>) => string)(key, values);
}
