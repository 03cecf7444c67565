// Text typed in the pre-Unicode Vietnamese encodings TCVN3 (ABC, .VnTime
// fonts) and VNI (VNI-Times fonts), as it arrives when pasted from old Word
// documents: the font's bytes read as Latin-1 characters ("Hµ Néi", "Haø
// Noäi"). Detection is deliberately conservative — a false alarm would garble
// a correct paste — so a text is only called legacy when decoding it turns
// letter runs that were not Vietnamese syllables into ones that are.
import { isVowel, joinLetters, splitLetters, type Letter } from "@/lib/vietnamese/letters";
import { isVietnameseSyllable } from "@/lib/vietnamese/syllables";
import { TCVN3_TABLE } from "@/lib/vietnamese/tcvn3-table";
import { VNI_BREVE, VNI_CIRCUMFLEX, VNI_LETTERS, VNI_TONES } from "@/lib/vietnamese/vni-table";

export type LegacyEncoding = "tcvn3" | "vni";

function decodeTcvn3(text: string): string {
  let out = "";
  for (const ch of text) out += TCVN3_TABLE.get(ch) ?? ch;
  return out.normalize("NFC");
}

type Slot = Pick<Letter, "base" | "tone">;

function decodeVni(text: string): string {
  const letters: Slot[] = [];
  for (const ch of text.normalize("NFC")) {
    const prev = letters[letters.length - 1];
    // A mark byte changes the letter before it, when that letter can take it.
    if (prev && !prev.tone) {
      const lower = prev.base.toLowerCase();
      const tone = VNI_TONES.get(ch);
      if (tone && isVowel(prev.base)) {
        prev.tone = tone as Slot["tone"];
        continue;
      }
      const marks = (lower === "a" || lower === "e" || lower === "o" ? VNI_CIRCUMFLEX.get(ch) : undefined) ?? (lower === "a" ? VNI_BREVE.get(ch) : undefined);
      if (marks) {
        prev.base = (prev.base + marks[0]).normalize("NFC");
        prev.tone = (marks[1] ?? null) as Slot["tone"];
        continue;
      }
    }
    const letter = VNI_LETTERS.get(ch);
    if (letter) letters.push(...splitLetters(letter));
    else letters.push({ base: ch, tone: null });
  }
  return joinLetters(letters);
}

/** `text` decoded from the legacy encoding to Unicode (NFC). */
export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === "tcvn3" ? decodeTcvn3(text) : decodeVni(text);
}

const KEYS: Record<LegacyEncoding, Set<string>> = {
  tcvn3: new Set(TCVN3_TABLE.keys()),
  vni: new Set([...VNI_LETTERS.keys(), ...VNI_TONES.keys(), ...VNI_CIRCUMFLEX.keys(), ...VNI_BREVE.keys()]),
};

/**
 * Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the toned letters of
 * U+1EA0–U+1EF9) and combining marks: text holding any of them is already
 * Unicode, never a legacy paste, whose characters are all Latin-1.
 */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9\u0300-\u036f]/;

/** Runs of letters and of the encoding's bytes (some TCVN3 letters are Latin-1 symbols: "¸" is "á"). */
function runs(text: string, keys: Set<string>): string[] {
  const out: string[] = [];
  let run = "";
  for (const ch of text) {
    if (keys.has(ch) || /\p{L}/u.test(ch)) run += ch;
    else if (run) {
      out.push(run);
      run = "";
    }
  }
  if (run) out.push(run);
  return out;
}

type Score = { affected: number; gained: number; longestGained: number; validBefore: number; validAfter: number; total: number; validTotal: number };

function score(text: string, encoding: LegacyEncoding): Score {
  const s: Score = { affected: 0, gained: 0, longestGained: 0, validBefore: 0, validAfter: 0, total: 0, validTotal: 0 };
  for (const run of runs(text, KEYS[encoding])) {
    const decoded = fromLegacy(run, encoding);
    const valid = isVietnameseSyllable(decoded);
    s.total++;
    if (valid) s.validTotal++;
    if (decoded === run.normalize("NFC")) continue;
    s.affected++;
    const before = isVietnameseSyllable(run);
    if (valid) s.validAfter++;
    if (before) s.validBefore++;
    // A word that only decoding makes Vietnamese; a symbol alone ("3×4",
    // whose "×" is TCVN3's "ì") is not a word.
    else if (valid && /[a-z]/i.test(run)) {
      s.gained++;
      s.longestGained = Math.max(s.longestGained, run.length);
    }
  }
  return s;
}

/**
 * Whether decoding `text` as this encoding makes Vietnamese of it:
 * - most of the changed runs become syllables (names and typos aside);
 * - at least as many words become Vietnamese only by decoding as were
 *   Vietnamese already: a Unicode "Giá" beside a "£" (TCVN3's "Ê") is not a
 *   paste, while VNI's "PHOÁ" ("PHỐ", but also a Unicode "phoá") in
 *   "THAØNH PHOÁ" is;
 * - most of the whole text reads as Vietnamese after — so a French "où" in a
 *   French sentence does not turn a paste into VNI;
 * - two words gained, or one of three characters or more: "où" alone (VNI's
 *   "ó") is too little to tell, "NghÖ" (TCVN3's "Nghệ") is not.
 */
function convincing(s: Score): boolean {
  const enough = s.gained >= 2 || s.longestGained >= 3;
  return enough && s.gained >= s.validBefore && s.validAfter >= 0.8 * s.affected && s.validTotal >= 0.6 * s.total;
}

/** The legacy encoding `text` is written in, or null for anything else (Unicode Vietnamese, other languages). */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  let best: LegacyEncoding | null = null;
  let bestValid = 0;
  for (const encoding of ["tcvn3", "vni"] as const) {
    if (![...text].some((ch) => KEYS[encoding].has(ch))) continue;
    const s = score(text, encoding);
    if (convincing(s) && s.validAfter > bestValid) {
      best = encoding;
      bestValid = s.validAfter;
    }
  }
  return best;
}
