// The plain-text rules of @-mentions in a comment, kept free of React so
// they can be tested on their own:
// - a mention is being typed when the caret follows "@" plus name letters,
//   and the "@" starts a word (so "hoa@example.com" is not one);
// - picking a person replaces that "@query" with "@Display Name ";
// - a comment mentions exactly the picked people whose "@Display Name" is
//   still in its text (deleting the name un-mentions them).

/** Letters (any script, with combining marks), digits and . _ - : what a mention query is made of. */
const NAME_CHAR = /[\p{L}\p{M}\p{N}._-]/u;
/** What may come just before a mention's "@": the start, a space or an opening bracket or quote. */
const BEFORE_AT = /[\s([{"'“‘]/u;
/** A query longer than this is no longer a mention being typed. */
const MAX_QUERY = 40;

export type MentionQuery = { /** Index of the "@". */ start: number; query: string };
export type PickedMention = { id: string; name: string };

/** The mention being typed at `caret`, or null. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  let i = caret;
  while (i > 0 && caret - i <= MAX_QUERY && NAME_CHAR.test(text[i - 1])) i--;
  const at = i - 1;
  if (at < 0 || text[at] !== "@" || caret - i > MAX_QUERY) return null;
  if (at > 0 && !BEFORE_AT.test(text[at - 1])) return null;
  return { start: at, query: text.slice(i, caret) };
}

/** The text with the "@query" ending at `caret` replaced by "@name ", and the caret after it. */
export function applyMention(text: string, mention: MentionQuery, caret: number, name: string): { text: string; caret: number } {
  const before = text.slice(0, mention.start);
  const after = text.slice(caret);
  const inserted = `@${name}${/^\s/.test(after) ? "" : " "}`;
  return { text: before + inserted + after, caret: before.length + inserted.length };
}

/** Whether a whole "@name" (not the start of a longer name) stands at index `i` of `text`. */
function mentionAt(text: string, i: number, name: string): boolean {
  if (!name || !text.startsWith(`@${name}`, i)) return false;
  if (i > 0 && !BEFORE_AT.test(text[i - 1])) return false;
  const after = text[i + name.length + 1] ?? "";
  return !/[\p{L}\p{M}\p{N}_]/u.test(after);
}

/** Whether "@name" stands in `text` as a whole mention. */
export function containsMention(text: string, name: string): boolean {
  for (let i = text.indexOf(`@${name}`); i >= 0; i = text.indexOf(`@${name}`, i + 1)) if (mentionAt(text, i, name)) return true;
  return false;
}

/** The ids to send with a comment: the picked people still mentioned in it, each once, in picking order. */
export function mentionedIds(text: string, picked: readonly PickedMention[]): string[] {
  const ids: string[] = [];
  for (const p of picked) if (!ids.includes(p.id) && containsMention(text, p.name)) ids.push(p.id);
  return ids;
}

export type TextRun = { text: string; mention: boolean };

/** A comment's text cut into plain runs and "@Name" runs of the given names, for showing mentions. */
export function splitMentions(text: string, names: readonly string[]): TextRun[] {
  // Longest names first, so "@Hoa Nguyễn" wins over "@Hoa".
  const sorted = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  const out: TextRun[] = [];
  let plain = "";
  let i = 0;
  while (i < text.length) {
    const name = text[i] === "@" ? sorted.find((n) => mentionAt(text, i, n)) : undefined;
    if (name === undefined) {
      plain += text[i++];
      continue;
    }
    if (plain) out.push({ text: plain, mention: false });
    plain = "";
    out.push({ text: `@${name}`, mention: true });
    i += name.length + 1;
  }
  if (plain) out.push({ text: plain, mention: false });
  return out;
}
