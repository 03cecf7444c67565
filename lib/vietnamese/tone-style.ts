// Where the tone mark sits on the open rhymes "oa", "oe", "uy": on the first
// vowel (hòa, khỏe, thúy) or on the main, second one (hoà, khoẻ, thuý). Both
// are correct Vietnamese; a newsroom picks one (the "toneMarkStyle" setting)
// and the editor converts an article to it. Only these open rhymes differ:
// with a final consonant or glide ("hoàng", "thuyết", "hoài") the mark has one
// place, and in "quý", "quá" the u belongs to the onset "qu".
import type { ToneMarkStyle } from "@/lib/settings/writing";
import { isVowel, joinLetters, splitLetters } from "@/lib/vietnamese/letters";
import { isVietnameseSyllable } from "@/lib/vietnamese/syllables";

export type ToneStyle = Exclude<ToneMarkStyle, "none">;

const PAIRS = new Set(["oa", "oe", "uy"]);
// Decomposed: o or u, a tone perhaps, then a, e or y with a tone perhaps.
const MAY_CHANGE = /(?:o\p{M}?[ae]|u\p{M}?y)\p{M}?$/iu;

/** One word in the given style; case is kept ("Hoà" → "Hòa"); other words come back unchanged. */
export function toToneStyle(word: string, style: ToneStyle): string {
  // Most words do not end in o/u + a/e/y: a quick look before taking it apart.
  if (!MAY_CHANGE.test(word.normalize("NFD"))) return word;
  const letters = splitLetters(word);
  const n = letters.length;
  if (n < 2) return word;
  const pair = (letters[n - 2].base + letters[n - 1].base).toLowerCase();
  if (!PAIRS.has(pair)) return word;
  // Everything before the pair is the onset: consonants only, and not "q"
  // (whose u is part of "qu"). "gi" never comes before these rhymes.
  const onset = letters.slice(0, n - 2);
  if (onset.some((l) => isVowel(l.base) || l.tone)) return word;
  if (onset.length > 0 && onset[onset.length - 1].base.toLowerCase() === "q") return word;
  const tone = letters[n - 2].tone ?? letters[n - 1].tone;
  if (!tone || (letters[n - 2].tone && letters[n - 1].tone)) return word;
  if (!isVietnameseSyllable(word)) return word;
  const target = style === "firstVowel" ? n - 2 : n - 1;
  if (letters[target].tone) return word;
  const moved = letters.map((l, i) => ({ base: l.base, tone: i === target ? tone : null }));
  return joinLetters(moved);
}

// A word: letters with their combining marks, so decomposed text is whole.
const WORD = /[\p{L}\p{M}]+/gu;

/** `text` with every word in the given style, and how many words changed. */
export function convertToneStyle(text: string, style: ToneStyle): { text: string; changed: number } {
  let changed = 0;
  const out = text.replace(WORD, (word) => {
    const next = toToneStyle(word, style);
    if (next !== word) changed++;
    return next;
  });
  return { text: out, changed };
}

/** How many words of `text` are written in the other style than `style`. */
export function countOtherStyle(text: string, style: ToneStyle): number {
  let count = 0;
  for (const [word] of text.matchAll(WORD)) if (toToneStyle(word, style) !== word) count++;
  return count;
}
