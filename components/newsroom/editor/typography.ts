// Vietnamese typography as you type (the newsroom's smartTypography setting):
// "…" becomes “…”, ' becomes ’ (‘ at the start of a word), -- becomes — and
// ... becomes …. In the body it is @tiptap/extension-typography, limited to
// these rules; the title and lead (plain fields, fields/typography-input.ts)
// apply the same patterns, taken from that library, through applyTypography.
//
// The library's other rules stay off, because they misread Vietnamese news
// copy: "1/2 " is a date (1 February), not ½; "4x4" and "2 x 3" are names
// and sizes, not products; (c), (r) and arrows are rare in news. Nor is a
// hyphen between numbers made an en dash: phone numbers and codes
// (0238-3844 xxx, QL-1A) would be changed too.
import type { InputRule } from "@tiptap/core";
import { closeDoubleQuote, closeSingleQuote, ellipsis, emDash, openDoubleQuote, openSingleQuote, Typography } from "@tiptap/extension-typography";

/** The marks put in, per rule (Vietnamese print uses the English curly quotes). */
const MARKS = {
  emDash: "—",
  ellipsis: "…",
  openDoubleQuote: "“",
  closeDoubleQuote: "”",
  openSingleQuote: "‘",
  closeSingleQuote: "’",
} as const;

/** The body's extension: only the rules above. */
export const VietnameseTypography = Typography.configure({
  ...MARKS,
  leftArrow: false,
  rightArrow: false,
  copyright: false,
  trademark: false,
  servicemark: false,
  registeredTrademark: false,
  oneHalf: false,
  plusMinus: false,
  notEqual: false,
  laquo: false,
  raquo: false,
  multiplication: false,
  superscriptTwo: false,
  superscriptThree: false,
  oneQuarter: false,
  threeQuarters: false,
});

type FieldRule = { find: RegExp; replace: string };

function patternOf(rule: InputRule): RegExp {
  if (!(rule.find instanceof RegExp)) throw new Error("a typography rule without a pattern");
  return rule.find;
}

/**
 * The same rules for plain text, in the extension's order (the first that
 * matches wins: an opening quote is tried before a closing one).
 */
export const FIELD_TYPOGRAPHY_RULES: readonly FieldRule[] = [
  { find: patternOf(emDash(MARKS.emDash)), replace: MARKS.emDash },
  { find: patternOf(ellipsis(MARKS.ellipsis)), replace: MARKS.ellipsis },
  { find: patternOf(openDoubleQuote(MARKS.openDoubleQuote)), replace: MARKS.openDoubleQuote },
  { find: patternOf(closeDoubleQuote(MARKS.closeDoubleQuote)), replace: MARKS.closeDoubleQuote },
  { find: patternOf(openSingleQuote(MARKS.openSingleQuote)), replace: MARKS.openSingleQuote },
  { find: patternOf(closeSingleQuote(MARKS.closeSingleQuote)), replace: MARKS.closeSingleQuote },
];

/**
 * `head` is a field's text up to the caret, ending with what was just typed.
 * Returns it with the first matching rule applied, or null if none matches.
 * Like Tiptap's textInputRule: a pattern's first group, when it has one, is
 * the part replaced (the quote, not the space before it).
 */
export function applyTypography(head: string): string | null {
  for (const { find, replace } of FIELD_TYPOGRAPHY_RULES) {
    const match = find.exec(head);
    if (!match) continue;
    const start = match.index + (match[1] ? match[0].lastIndexOf(match[1]) : 0);
    const end = match[1] ? start + match[1].length : match.index + match[0].length;
    return head.slice(0, start) + replace + head.slice(end);
  }
  return null;
}
