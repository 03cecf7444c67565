// Whether a written word is a Vietnamese syllable: an initial consonant (or
// none), a rhyme from the language's closed list, and at most one tone mark,
// which a rhyme ending in p, t, c or ch may only carry as sắc or nặng.
// Case-insensitive; any Unicode normalisation form. Used to tell legacy-encoded
// text from ordinary text (lib/vietnamese/legacy-encodings.ts) and to leave
// non-Vietnamese words alone when moving tone marks (tone-style.ts).
import { isVowel, splitLetters, TONE_MARKS } from "@/lib/vietnamese/letters";

// Longest first, so "ngh" is tried before "ng" and "n".
const ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

// The rhymes (vần) without tone, grouped by their vowel nucleus: open ones,
// ones closing on a semivowel (i/y, o/u), then each nucleus with the final
// consonants it takes.
const OPEN = "a e ê i o ô ơ u ư y ia ua ưa oa oe uê uy uơ uya";
const GLIDES = "ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu iêu yêu uôi ươi ươu oai oay oao oeo uây uyu";
const CLOSED: Array<[nucleus: string, codas: string]> = [
  ["a", "m n ng nh p t c ch"],
  ["ă", "m n ng p t c"],
  ["â", "m n ng p t c"],
  ["e", "m n ng p t c"],
  ["ê", "m n nh p t ch"],
  ["i", "m n nh p t ch"],
  ["o", "m n ng p t c"],
  ["oo", "ng c"],
  ["ô", "m n ng p t c"],
  ["ơ", "m n p t"],
  ["u", "m n ng p t c"],
  ["ư", "m n ng t c"],
  ["iê", "m n ng p t c u"],
  ["yê", "m n ng t u"],
  ["uô", "m n ng t c"],
  ["ươ", "m n ng p t c"],
  ["oa", "m n ng nh p t c ch"],
  ["oă", "m n ng t c"],
  ["oe", "m n t"],
  ["uâ", "n ng t"],
  ["uê", "nh ch"],
  ["uy", "n nh t ch p"],
  ["uyê", "n t"],
];

const RHYMES = new Set<string>([
  ...OPEN.split(" "),
  ...GLIDES.split(" "),
  ...CLOSED.flatMap(([nucleus, codas]) => codas.split(" ").map((coda) => nucleus + coda)),
]);

const STOP_TONES = new Set<string>([TONE_MARKS.acute, TONE_MARKS.dot]);
const FRONT = /^[iyeê]/;

/** Whether the onset may stand before the rhyme (Vietnamese spelling rules). */
function onsetFits(onset: string, rhyme: string): boolean {
  // k, gh, ngh are written before i, y, e, ê; c, g, ng before the others.
  if (onset === "k" || onset === "gh" || onset === "ngh") return FRONT.test(rhyme);
  if (onset === "c" || onset === "ng") return !FRONT.test(rhyme);
  // "qu" already holds the u of oa/uy: "quá", "quý", never "quoa".
  if (onset === "qu") return !/^[ou]/.test(rhyme);
  // gi + i is written "gi": "gì" reads as g + ì.
  if (onset === "gi") return !/^i/.test(rhyme);
  return true;
}

/** Whether what follows the onset is a rhyme it may take. */
function rhymeFits(onset: string, rhyme: string): boolean {
  if (!onsetFits(onset, rhyme)) return false;
  if (RHYMES.has(rhyme)) return true;
  // After "qu" the rhyme's own u/o glide is the onset's u: "quỳnh" (uynh),
  // "quân" (uân), "quang" and "quen" (oang, oen, the o written u).
  return onset === "qu" && (RHYMES.has("u" + rhyme) || RHYMES.has("o" + rhyme));
}

// Answers by word: a text repeats its syllables (the language has some
// seven thousand), and the spelling checker asks for every word it sees.
const known = new Map<string, boolean>();
const KNOWN_MAX = 20_000;

/** Whether `word` is spelt as one Vietnamese syllable (case-insensitive). */
export function isVietnameseSyllable(word: string): boolean {
  let answer = known.get(word);
  if (answer === undefined) {
    answer = check(word);
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(word, answer);
  }
  return answer;
}

function check(word: string): boolean {
  const letters = splitLetters(word.toLowerCase());
  if (letters.length === 0 || letters.length > 8) return false;
  let tone: string | null = null;
  for (const letter of letters) {
    if (letter.extraTone) return false;
    if (letter.tone) {
      // One tone per syllable, on a vowel.
      if (tone || !isVowel(letter.base)) return false;
      tone = letter.tone;
    }
  }
  const bare = letters.map((l) => l.base).join("");
  const toneAt = letters.findIndex((l) => l.tone);
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rhyme = bare.slice(onset.length);
    if (!rhymeFits(onset, rhyme)) continue;
    if (tone && /(p|t|c|ch)$/.test(rhyme) && !STOP_TONES.has(tone)) continue;
    if (tone && !tonePlaces(rhyme).includes(toneAt - onset.length)) continue;
    return true;
  }
  return false;
}

const MARKED = new Set(["ă", "â", "ê", "ô", "ơ", "ư"]);

/**
 * Which letters of a rhyme (indexes) may carry the tone: a vowel with its own
 * mark (the last one: "người", "tiếng"); else, before a final consonant, the
 * last vowel ("hoàng", "quỳnh"); else, in open rhymes, the first of two vowels
 * ("mía", "cái"; both for oa, oe, uy: "hòa" and "hoà") or the middle of three
 * ("ngoài", "khuỷu").
 */
function tonePlaces(rhyme: string): number[] {
  const letters = [...rhyme];
  const vowels = letters.flatMap((l, i) => (isVowel(l) ? [i] : []));
  const marked = vowels.filter((i) => MARKED.has(letters[i]));
  if (marked.length > 0) return [marked[marked.length - 1]];
  const last = vowels[vowels.length - 1];
  if (last < letters.length - 1) return [last];
  if (vowels.length === 1) return vowels;
  if (vowels.length === 2) return ["oa", "oe", "uy"].includes(rhyme) ? vowels : [vowels[0]];
  return [vowels[1]];
}
