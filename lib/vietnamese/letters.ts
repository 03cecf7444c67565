// Vietnamese letters taken apart: a letter with its vowel mark (ă â ê ô ơ ư
// đ, kept with the letter) and its tone mark (one of five, or none). Shared by
// the syllable check, the tone-style conversion and the legacy decoders.

/** The five tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng. */
export const TONE_MARKS = {
  grave: "\u0300",
  acute: "\u0301",
  tilde: "\u0303",
  hook: "\u0309",
  dot: "\u0323",
} as const;
export type ToneMark = (typeof TONE_MARKS)[keyof typeof TONE_MARKS];

const TONE_SET = new Set<string>(Object.values(TONE_MARKS));

/** Plain and marked vowels of the alphabet, lower case, without tone. */
export const VOWELS = new Set(["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]);

export type Letter = {
  /** The letter without its tone, NFC, in its own case ("Ô", "ư", "đ"). */
  base: string;
  /** Its tone mark (a combining character), or null. */
  tone: ToneMark | null;
  /** More than one tone mark on one letter: not a Vietnamese letter. */
  extraTone: boolean;
};

/** A word's letters with their tones apart (any normalisation form in). */
export function splitLetters(word: string): Letter[] {
  const letters: Letter[] = [];
  // NFD puts each letter first and its marks after it; vowel marks (U+0302
  // circumflex, U+0306 breve, U+031B horn) come before the tone in canonical
  // order, so a letter is its base plus any marks up to the next base.
  for (const ch of word.normalize("NFD")) {
    const code = ch.charCodeAt(0);
    // Vietnamese marks are all in the combining block; others are rare.
    const isMark = (code >= 0x300 && code <= 0x36f) || (code > 0x36f && /\p{M}/u.test(ch));
    if (!isMark || letters.length === 0) {
      letters.push({ base: ch, tone: null, extraTone: false });
      continue;
    }
    const last = letters[letters.length - 1];
    if (TONE_SET.has(ch)) {
      if (last.tone) last.extraTone = true;
      else last.tone = ch as ToneMark;
    } else {
      last.base += ch;
    }
  }
  for (const letter of letters) if (letter.base.length > 1) letter.base = letter.base.normalize("NFC");
  return letters;
}

/** Letters back to text, NFC. */
export function joinLetters(letters: Array<Pick<Letter, "base" | "tone">>): string {
  return letters.map((l) => l.base.normalize("NFD") + (l.tone ?? "")).join("").normalize("NFC");
}

/** Whether a letter (without tone, any case) is a vowel. */
export function isVowel(base: string): boolean {
  return VOWELS.has(base.toLowerCase());
}
