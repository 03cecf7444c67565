// What pasted inline styling means for the body's marks. Google Docs writes
// bold and italic as styles on spans (`font-weight:700`, `font-style:italic`)
// and wraps everything in `<b style="font-weight:normal">`, which is not
// bold; Word uses <b>/<i> with mso- styles beside them. Pure string work, so
// the rules are unit-tested without a DOM.

export type Formatting = { bold?: boolean; italic?: boolean; underline?: boolean; strike?: boolean };

/** An inline style attribute as property → value, names lower-cased, later declarations winning. */
export function parseStyle(style: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of style.split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!important/i, "")
      .trim()
      .toLowerCase();
    if (name) declarations.set(name, value);
  }
  return declarations;
}

/** true for bold weights (bold, bolder, 600 and up), false for normal ones, undefined when not stated. */
function boldOf(weight: string | undefined): boolean | undefined {
  if (weight === undefined || weight === "") return undefined;
  if (weight === "bold" || weight === "bolder") return true;
  if (weight === "normal" || weight === "lighter") return false;
  const n = Number(weight);
  return Number.isFinite(n) ? n >= 600 : undefined;
}

const TAG_FORMATTING: Record<string, Formatting> = {
  b: { bold: true },
  strong: { bold: true },
  i: { italic: true },
  em: { italic: true },
  u: { underline: true },
  ins: { underline: true },
  s: { strike: true },
  strike: { strike: true },
  del: { strike: true },
};

/**
 * The formatting an inline element gives its text: its tag's, overridden by
 * what its style says (so Google Docs' `<b style="font-weight:normal">`
 * wrapper gives no bold). Keys left out: the element says nothing.
 */
export function formattingOf(tag: string, style: string): Formatting {
  const result: Formatting = { ...TAG_FORMATTING[tag.toLowerCase()] };
  const css = parseStyle(style);
  const bold = boldOf(css.get("font-weight"));
  if (bold !== undefined) result.bold = bold;
  const fontStyle = css.get("font-style");
  if (fontStyle) result.italic = fontStyle === "italic" || fontStyle.startsWith("oblique");
  const decoration = css.get("text-decoration-line") ?? css.get("text-decoration");
  if (decoration) {
    result.underline = decoration.includes("underline");
    result.strike = decoration.includes("line-through");
  }
  return result;
}

/** The tags that carry each mark in the cleaned HTML (what the body's parse rules read). */
export const MARK_TAGS: readonly [keyof Formatting, string][] = [
  ["bold", "strong"],
  ["italic", "em"],
  ["underline", "u"],
  ["strike", "s"],
];
