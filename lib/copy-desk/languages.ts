// The copy desk's languages: for each language an article may be written in,
// what the desk knows about it — which Hunspell dictionary checks its spelling
// (lib/spelling/), how its length is counted and read (lib/copy-desk/counts.ts),
// and how a word is looked up. Pure data and functions, for the browser's
// editor, its spelling worker and the server alike.
//
// Adding a language (docs/copy-desk.md): one entry here, a dictionary package
// in package.json (a `dictionary-<code>` package from npm, or any Hunspell
// .aff/.dic pair served the same way), and its texts in the catalogues.
import { toToneStyle } from "@/lib/vietnamese/tone-style";

export type CopyLanguage = {
  /** The primary language subtag articles carry ("vi" for "vi-VN"). */
  code: string;
  /**
   * The npm package holding its Hunspell `index.aff`/`index.dic`, and that
   * package's licence (README's licence notes). Optional packages may be
   * absent from an installation: the editor then says spelling is unavailable.
   * null: no spelling check for this language.
   */
  dictionary: { package: string; licence: string; optional: boolean } | null;
  /**
   * What a length is counted in: Vietnamese is written in syllables, each a
   * "chữ" to its readers; other languages in words.
   */
  unit: "syllable" | "word";
  /** Reading speed in units per minute, for the reading time. */
  perMinute: number;
  /**
   * The form a word is looked up in: Vietnamese moves the tone mark of "oa",
   * "oe", "uy" to where the dictionary has it, so both styles are accepted.
   */
  lookupForm: (word: string) => string;
};

const same = (word: string) => word;

const LANGUAGES: Record<string, CopyLanguage> = {
  vi: {
    code: "vi",
    // The package's manifest says GPL-2.0, its licence file GPLv3 (README's
    // licence notes): copyleft either way, so it is optional and never bundled.
    dictionary: { package: "dictionary-vi", licence: "GPL (2.0 per package.json, 3 per its licence file)", optional: true },
    unit: "syllable",
    // Adults read Vietnamese news at about 250 syllables a minute: shorter
    // units than English words, read faster.
    perMinute: 250,
    // dictionary-vi spells "hoà", "thuý", "khoẻ": the mark on the main vowel.
    lookupForm: (word) => toToneStyle(word, "mainVowel"),
  },
  en: {
    code: "en",
    dictionary: { package: "dictionary-en", licence: "MIT AND BSD", optional: false },
    unit: "word",
    perMinute: 230,
    lookupForm: same,
  },
};

/** The desk's knowledge of an article language (a BCP 47 tag); null for a language it does not know. */
export function copyLanguage(tag: string | null | undefined): CopyLanguage | null {
  const code = (tag ?? "").toLowerCase().split("-")[0];
  return LANGUAGES[code] ?? null;
}

/** Every language with a dictionary, for the dictionary page's choice. */
export function spellingLanguages(): CopyLanguage[] {
  return Object.values(LANGUAGES).filter((l) => l.dictionary);
}
