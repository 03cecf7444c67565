// The publish checks on the text itself: a word typed twice ("của của"),
// quotes and brackets left open or closed without opening, and double spaces.
// Each looks at every text place (text-places.ts): headline, lead, SEO texts
// and each block of the body; a warning names the place and shows a piece of
// it, and for the body says where, so the panel can put the caret there.
import type { CheckDetail, PublishContent } from "@/lib/articles/checks/types";
import { snippet, textPlaces, type TextPlace } from "@/lib/articles/checks/text-places";

const detail = (place: TextPlace, offset: number, span: number, text: string): CheckDetail => ({
  item: place.item,
  ...(place.position ? { position: place.position } : {}),
  text,
  offset,
  span,
});

/**
 * Words a language doubles on purpose, lower case: Vietnamese reduplicates
 * whole syllables for plurality, repetition or manner ("người người, nhà
 * nhà", "từ từ", "ngày ngày"), and names animals, fruit and brands so
 * ("ba ba", "chôm chôm", "Cốc Cốc"). Partial reduplication ("đo đỏ") never
 * repeats a word exactly, so it needs no entry. A pair not listed still only
 * warns: the desk may publish past it.
 */
const DOUBLED_ON_PURPOSE: Record<string, ReadonlySet<string>> = {
  vi: new Set(
    [
      "ai", "ào", "ầm", "ba", "bìm", "buồn", "cao", "cào", "chiều", "chôm", "chuồn", "cốc", "dần", "đâu", "đêm", "đi",
      "đoàn", "đỏ", "đời", "đùng", "ha", "hàng", "hì", "hi", "lâu", "le", "lớp", "mãi", "mau", "năm", "ngày", "nhà",
      "nhanh", "nơi", "người", "oa", "oang", "rầm", "sáng", "tháng", "thôi", "thường", "tối", "từ", "vâng", "vui", "xa", "xanh",
    ].map((w) => w.normalize("NFC")),
  ),
  en: new Set(["had", "that", "so", "bora", "walla", "bye", "ha", "no"]),
};

// A word: letters, marks and digits, joined by an apostrophe or a hyphen ("don't", "Hà-Nội").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
// What may separate a word from its repetition: spaces only. A comma, a full
// stop or a line break between them is a figure of speech ("Đi, đi!"), not a slip.
const ONLY_SPACES = /^[ \u00a0\t]+$/;

/** The same word twice in a row ("của của", "the the"), case aside, as each place has it. */
export function repeatedWords(content: PublishContent): CheckDetail[] {
  const allowed = DOUBLED_ON_PURPOSE[(content.language ?? "").split("-")[0].toLowerCase()];
  const found: CheckDetail[] = [];
  for (const place of textPlaces(content)) {
    let previous: { word: string; start: number; end: number } | null = null;
    // The run being reported: "của của của" is one slip, not two.
    let run: { start: number; detail: CheckDetail } | null = null;
    for (const match of place.text.matchAll(WORD)) {
      const start = match.index;
      const end = start + match[0].length;
      const word = match[0].normalize("NFC").toLocaleLowerCase();
      const repeats = previous && word === previous.word && ONLY_SPACES.test(place.text.slice(previous.end, start)) && !/^\p{N}+$/u.test(word) && !allowed?.has(word);
      if (repeats && run && run.detail.offset! + run.detail.span! === previous!.end) {
        run.detail.span = end - run.start;
        run.detail.text = place.text.slice(run.start, end);
      } else if (repeats) {
        run = { start: previous!.start, detail: detail(place, previous!.start, end - previous!.start, place.text.slice(previous!.start, end)) };
        found.push(run.detail);
      }
      previous = { word, start, end };
    }
  }
  return found;
}

/** Opening marks and the mark that closes each. "‘" closes with "’", which is also the apostrophe. */
const PAIRS: Record<string, string> = { "“": "”", "‘": "’", "«": "»", "(": ")", "[": "]" };
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/**
 * A ")" that is not a slip: a list marker ("a)", "1)", "II)") at the start
 * of the text or after a space, or a smiley (":)", ";)").
 */
function closesNothingOnPurpose(text: string, at: number): boolean {
  if (/[:;]$/.test(text.slice(0, at))) return true;
  return /(?:^|[\s(])[\p{L}\p{N}]{1,3}$/u.test(text.slice(Math.max(0, at - 5), at));
}

/** The offset of the first quote or bracket in `text` left without its partner, or -1. */
export function firstUnbalanced(text: string): number {
  const open: { mark: string; at: number }[] = [];
  let stray = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      // Straight double quotes open and close alike: pair them up in order.
      if (open.length && open[open.length - 1].mark === '"') open.pop();
      else open.push({ mark: ch, at: i });
    } else if (PAIRS[ch]) {
      open.push({ mark: ch, at: i });
    } else if (CLOSERS[ch]) {
      const opener = CLOSERS[ch];
      const depth = open.map((o) => o.mark).lastIndexOf(opener);
      if (depth !== -1) {
        // Marks opened inside and not closed before this one are left open.
        if (depth < open.length - 1 && stray === -1) stray = open[depth + 1].at;
        open.length = depth;
      } else if (ch !== "’" && !(ch === ")" && closesNothingOnPurpose(text, i)) && stray === -1) {
        // A "’" with no "‘" before it is an apostrophe ("don’t", "Hà Nội’s").
        stray = i;
      }
    }
  }
  const first = [stray, ...open.map((o) => o.at)].filter((at) => at !== -1);
  return first.length ? Math.min(...first) : -1;
}

/**
 * Quotes (“ ” ‘ ’ « » and straight ") and brackets (( ) [ ]) that do not pair
 * up within one place: each paragraph, the headline, the lead. A quotation
 * running over several paragraphs, opened in each and closed in the last
 * (an English convention Vietnamese papers do not use), warns too.
 */
export function unbalanced(content: PublishContent): CheckDetail[] {
  const found: CheckDetail[] = [];
  for (const place of textPlaces(content)) {
    const at = firstUnbalanced(place.text);
    if (at !== -1) found.push(detail(place, at, 1, snippet(place.text, at, at + 1)));
  }
  return found;
}

/**
 * Two or more spaces between words (a space, a no-break space or a tab):
 * one warning item per place, showing its first. Spaces at the start or the
 * end of a paragraph are left alone: the field trims them, the page hides them.
 */
export function doubleSpaces(content: PublishContent): CheckDetail[] {
  const found: CheckDetail[] = [];
  for (const place of textPlaces(content)) {
    const match = /(?<=\S)[ \u00a0\t]{2,}(?=\S)/u.exec(place.text);
    if (match) found.push(detail(place, match.index, match[0].length, snippet(place.text, match.index, match.index + match[0].length)));
  }
  return found;
}
