// The spelling checker's core: a Hunspell dictionary (nspell) plus the
// newsroom's words, the paper's names and an article's ignored words, and
// the tokeniser that finds the words of a paragraph. Pure, with no browser or
// server dependency: the editor's Web Worker
// (components/newsroom/editor/spelling/spell.worker.ts) runs it, and so do
// the unit tests and the benchmark (scripts/bench-spelling.ts).
//
// What is checked (docs/copy-desk.md):
// - a word is a run of letters and combining marks, with an apostrophe or a
//   hyphen inside it; the parts of a hyphenated word ("Mát-xcơ-va",
//   "well-known") are checked one by one;
// - skipped: tokens with digits ("G7", "23/6"), URLs and e-mail addresses,
//   abbreviations in capitals of up to five letters ("UBND", "HĐND", "NATO"),
//   and single letters;
// - looked up in NFC, in the language's lookup form (Vietnamese: the tone
//   mark where the dictionary puts it, so "hòa" and "hoà" both pass), and
//   with nspell's own case rules (a capital at the start of a sentence, or a
//   word in capitals, is the lower-case word).
import nspell from "nspell";
import { copyLanguage } from "@/lib/copy-desk/languages";

export type SpellingToken = { word: string; from: number; to: number };

/** Words and the spans they take in a paragraph (UTF-16 offsets, as the editor counts). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
/** URLs, e-mail addresses and bare domains: never spelling. */
const SKIPPED_SPANS = /\b(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|vn|gov|edu|info|io)(?:\/\S*)?\b/giu;
const DIGIT = /\p{N}/u;
const HYPHEN = /[-‐]/;
const ABBREVIATION_MAX = 5;

function isAbbreviation(word: string): boolean {
  const letters = word.replace(/\p{M}/gu, "");
  return letters.length <= ABBREVIATION_MAX && word === word.toLocaleUpperCase() && word !== word.toLocaleLowerCase();
}

/** The words of `text` worth checking, each part of a hyphenated word on its own. */
export function tokenize(text: string): SpellingToken[] {
  const skipped: [number, number][] = [];
  for (const m of text.matchAll(SKIPPED_SPANS)) skipped.push([m.index, m.index + m[0].length]);
  const inSkipped = (from: number, to: number) => skipped.some(([a, b]) => from < b && to > a);
  const tokens: SpellingToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const from = m.index;
    const whole = m[0];
    if (DIGIT.test(whole) || inSkipped(from, from + whole.length)) continue;
    let offset = 0;
    for (const part of whole.split(HYPHEN)) {
      const start = from + offset;
      offset += part.length + 1;
      // A lone letter ("a", "ô", initials such as "T." in a name) says nothing.
      if ([...part.replace(/\p{M}/gu, "")].length < 2 || isAbbreviation(part)) continue;
      tokens.push({ word: part, from: start, to: start + part.length });
    }
  }
  return tokens;
}

export type Dictionary = { aff: string | Uint8Array; dic: string | Uint8Array };

export type SpellChecker = {
  /** Whether `word` (one token from tokenize) is spelt right. Cached per word. */
  correct(word: string): boolean;
  /** The misspelt words of a paragraph. */
  check(text: string): SpellingToken[];
  /** Up to `max` suggestions, in the word's own case. */
  suggest(word: string, max?: number): string[];
  /** Accepts more words (the newsroom's dictionary, names, ignored words), in any case. */
  add(words: Iterable<string>): void;
  /** How many words the cache holds (the benchmark's memory figure). */
  cacheSize(): number;
};

/** The apostrophe dictionaries spell ("don't"), whatever the keyboard typed. */
const plainApostrophe = (word: string) => word.replace(/’/g, "'");

/** A checker for `language` (a BCP 47 tag) from its Hunspell files. */
export function createSpellChecker(language: string, dictionary: Dictionary): SpellChecker {
  const lookupForm = copyLanguage(language)?.lookupForm ?? ((w: string) => w);
  // nspell reads strings or Node Buffers; in a browser, text.
  const text = (data: string | Uint8Array) => (typeof data === "string" ? data : new TextDecoder().decode(data));
  const spell = nspell({ aff: text(dictionary.aff), dic: text(dictionary.dic) });
  const cache = new Map<string, boolean>();
  const extra = new Set<string>();

  const lookup = (word: string) => lookupForm(plainApostrophe(word.normalize("NFC")));
  const correct = (word: string) => {
    let known = cache.get(word);
    if (known === undefined) {
      const form = lookup(word);
      known = extra.has(form.toLocaleLowerCase()) || spell.correct(form);
      cache.set(word, known);
    }
    return known;
  };

  return {
    correct,
    check: (paragraph) => tokenize(paragraph).filter((t) => !correct(t.word)),
    suggest(word, max = 5) {
      const form = lookup(word);
      const upper = form === form.toLocaleUpperCase();
      const capital = !upper && form[0] === form[0].toLocaleUpperCase();
      const list = spell.suggest(form).map((s) => (upper ? s.toLocaleUpperCase() : capital ? s[0].toLocaleUpperCase() + s.slice(1) : s));
      return [...new Set(list)].slice(0, max);
    },
    add(words) {
      for (const raw of words) {
        const word = raw.normalize("NFC").trim();
        if (!word) continue;
        const form = lookup(word);
        // Any case, as the dictionary page promises (lib/spelling/word-form.ts).
        extra.add(form.toLocaleLowerCase());
        // Suggestions may offer it too ("Nghệ" for "Nghe").
        spell.add(form);
      }
      cache.clear();
    },
    cacheSize: () => cache.size,
  };
}
