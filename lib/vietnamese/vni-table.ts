// VNI (VNI-Windows), the encoding of the VNI-Times family of fonts: a letter
// is its base Latin letter followed by one or two "mark" bytes, plus a few
// letters of one byte (đ, ơ, ư, the toned i's, ỵ). In the clipboard the bytes
// arrive as Windows-1252/Latin-1 characters: "Haø Noäi" is "Hà Nội". Marks
// come in a lower-case and a capital form (the capital one goes with capitals,
// "HAØ NOÄI"); either is accepted after either case.
//
// Written from VNI's code chart.
import { TONE_MARKS } from "@/lib/vietnamese/letters";

const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";

/** Letters of one byte: clipboard character → Unicode letter. */
export const VNI_LETTERS: ReadonlyMap<string, string> = new Map([
  ["ñ", "đ"], ["Ñ", "Đ"],
  ["ô", "ơ"], ["Ô", "Ơ"],
  ["ö", "ư"], ["Ö", "Ư"],
  // i takes its tone in one byte: í, ì as in Latin-1, and three others.
  ["æ", "ỉ"], ["Æ", "Ỉ"],
  ["ó", "ĩ"], ["Ó", "Ĩ"],
  ["ò", "ị"], ["Ò", "Ị"],
  ["î", "ỵ"], ["Î", "Ỵ"],
]);

/** Tone marks after a vowel: sắc, huyền, hỏi, ngã, nặng. */
export const VNI_TONES: ReadonlyMap<string, string> = new Map([
  ["ù", TONE_MARKS.acute], ["Ù", TONE_MARKS.acute],
  ["ø", TONE_MARKS.grave], ["Ø", TONE_MARKS.grave],
  ["û", TONE_MARKS.hook], ["Û", TONE_MARKS.hook],
  ["õ", TONE_MARKS.tilde], ["Õ", TONE_MARKS.tilde],
  ["ï", TONE_MARKS.dot], ["Ï", TONE_MARKS.dot],
]);

/** Circumflex after a, e, o (â, ê, ô), alone or with a tone in the same byte. */
export const VNI_CIRCUMFLEX: ReadonlyMap<string, string> = new Map([
  ["â", CIRCUMFLEX], ["Â", CIRCUMFLEX],
  ["á", CIRCUMFLEX + TONE_MARKS.acute], ["Á", CIRCUMFLEX + TONE_MARKS.acute],
  ["à", CIRCUMFLEX + TONE_MARKS.grave], ["À", CIRCUMFLEX + TONE_MARKS.grave],
  ["å", CIRCUMFLEX + TONE_MARKS.hook], ["Å", CIRCUMFLEX + TONE_MARKS.hook],
  ["ã", CIRCUMFLEX + TONE_MARKS.tilde], ["Ã", CIRCUMFLEX + TONE_MARKS.tilde],
  ["ä", CIRCUMFLEX + TONE_MARKS.dot], ["Ä", CIRCUMFLEX + TONE_MARKS.dot],
]);

/** Breve after a (ă), alone or with a tone in the same byte. */
export const VNI_BREVE: ReadonlyMap<string, string> = new Map([
  ["ê", BREVE], ["Ê", BREVE],
  ["é", BREVE + TONE_MARKS.acute], ["É", BREVE + TONE_MARKS.acute],
  ["è", BREVE + TONE_MARKS.grave], ["È", BREVE + TONE_MARKS.grave],
  ["ú", BREVE + TONE_MARKS.hook], ["Ú", BREVE + TONE_MARKS.hook],
  ["ü", BREVE + TONE_MARKS.tilde], ["Ü", BREVE + TONE_MARKS.tilde],
  ["ë", BREVE + TONE_MARKS.dot], ["Ë", BREVE + TONE_MARKS.dot],
]);
