// How long a text is, the way its readers count: the counts beside the editor
// (the copy desk's panel). Vietnamese is written in syllables separated by
// spaces, and each syllable is a "chữ" to a Vietnamese reader — "Nghệ An" is
// two chữ, as Word and every Vietnamese newsroom count it; words of several
// syllables are not written as one token, so counting them would need a
// dictionary of compounds and still be disputed. The rule (docs/copy-desk.md):
// - words: tokens between spaces that hold a letter or digit; a number
//   written with separators ("1.000", "23/6", "3,5") and a hyphenated form
//   ("COVID-19", "Bà Rịa-Vũng") are one word; a lone dash or quote is none;
// - syllables (Vietnamese units): the same tokens, with hyphenated forms split
//   at the hyphen between letters ("Rịa-Vũng" is two), numbers still one;
// - characters: what remains after NFC, with runs of white space counted as
//   one space and none at the ends — what a headline limit means;
// - reading time: units over the language's speed (lib/copy-desk/languages.ts),
//   rounded up to whole minutes, 0 for an empty text.
// Other languages count in words: units = words.
import { copyLanguage } from "@/lib/copy-desk/languages";

export type TextCounts = {
  unit: "syllable" | "word";
  units: number;
  words: number;
  characters: number;
  readingMinutes: number;
};

// For a language the desk does not know: words at an average adult speed.
const DEFAULT_PER_MINUTE = 200;

const COUNTED = /[\p{L}\p{N}]/u;
// A hyphen (or the non-breaking and true hyphens) between two letters.
const SYLLABLE_HYPHEN = /(?<=\p{L}\p{M}*)[-\u2010\u2011](?=\p{L})/u;

/** Counts of `text` for an article in `language` (a BCP 47 tag; null: the desk's defaults). */
export function countText(text: string, language: string | null): TextCounts {
  const lang = copyLanguage(language);
  const unit = lang?.unit ?? "word";
  const perMinute = lang?.perMinute ?? DEFAULT_PER_MINUTE;
  const normal = text.normalize("NFC");
  const tokens = normal.split(/\s+/u).filter((t) => COUNTED.test(t));
  const words = tokens.length;
  const units =
    unit === "syllable" ? tokens.reduce((n, t) => n + t.split(SYLLABLE_HYPHEN).filter((p) => COUNTED.test(p)).length, 0) : words;
  const characters = [...normal.replace(/\s+/gu, " ").trim()].length;
  return { unit, units, words, characters, readingMinutes: units === 0 ? 0 : Math.ceil(units / perMinute) };
}
