// Word's fake lists made real. Word for Windows puts a list on the clipboard
// as plain paragraphs (class MsoListParagraphCxSpFirst/Middle/Last, or any
// other) whose style names the list and level, `mso-list:l0 level2 lfo1`,
// each starting with its own bullet or number in a span Word marks
// `mso-list:Ignore` (a "·" in the Symbol font, "o", "§", "1.", "a)"…).
// Consecutive such paragraphs become <ul>/<ol> with <li>s, nested by level;
// the marker says whether a list is numbered and where it starts.

export type WordListParagraph = { list: string; level: number };
export type MarkerKind = { ordered: false } | { ordered: true; start: number };

/** The list and level a paragraph's style puts it in, or null for an ordinary paragraph. */
export function wordListOf(style: string): WordListParagraph | null {
  const m = /mso-list:\s*(l\d+)\s+level(\d+)\s+(lfo\d+)/i.exec(style);
  return m ? { list: `${m[1]} ${m[3]}`.toLowerCase(), level: Number(m[2]) } : null;
}

/** Numbered ("3.", "(2)", "b)", "iv.") or a bullet (anything else), from the marker Word wrote. */
export function markerKind(marker: string): MarkerKind {
  const text = marker.replace(/[\s\u00a0]+/g, "");
  const number = /^\(?(\d{1,4})[.)]$/.exec(text);
  if (number) return { ordered: true, start: Number(number[1]) };
  if (/^\(?([a-z]|[ivxlcdm]{1,6})[.)]$/i.test(text)) return { ordered: true, start: 1 };
  return { ordered: false };
}

const isMarkerSpan = (el: Element) => /mso-list:\s*ignore/i.test(el.getAttribute("style") ?? "");

/** Removes the paragraph's Word bullet or number and returns its text ("" when there is none). */
function takeMarker(paragraph: Element): string {
  const span = Array.from(paragraph.querySelectorAll("span")).find(isMarkerSpan);
  if (!span) return "";
  const text = span.textContent ?? "";
  span.remove();
  return text;
}

type Open = { level: number; list: Element; ordered: boolean; id: string; item: Element | null };

function newList(doc: Document, kind: MarkerKind): Element {
  const list = doc.createElement(kind.ordered ? "ol" : "ul");
  if (kind.ordered && kind.start !== 1) list.setAttribute("start", String(kind.start));
  return list;
}

/** One run of consecutive list paragraphs, as nested lists where the run stood. */
function buildLists(run: Element[]): void {
  const doc = run[0].ownerDocument;
  const open: Open[] = [];
  let lastOuter: Element | null = null;
  for (const paragraph of run) {
    const { list: id, level } = wordListOf(paragraph.getAttribute("style") ?? "")!;
    const kind = markerKind(takeMarker(paragraph));
    while (open.length && open[open.length - 1].level > level) open.pop();
    let top = open[open.length - 1];
    const sameList = top && top.level === level && top.ordered === kind.ordered && top.id === id;
    if (top && top.level === level && !sameList) {
      // Another list at the same depth: it follows the one before.
      const list = newList(doc, kind);
      top.list.after(list);
      if (open.length === 1) lastOuter = list;
      open[open.length - 1] = top = { level, list, ordered: kind.ordered, id, item: null };
    } else if (!top || top.level < level) {
      const list = newList(doc, kind);
      if (!top) {
        if (lastOuter) lastOuter.after(list);
        else paragraph.before(list);
        lastOuter = list;
      } else {
        // A deeper level lives in the item above it (one made if there is none).
        if (!top.item) top.list.append((top.item = doc.createElement("li")));
        top.item.append(list);
      }
      open.push((top = { level, list, ordered: kind.ordered, id, item: null }));
    }
    const item = doc.createElement("li");
    // Word can number headings too; a list item starts with a paragraph.
    const text = paragraph.localName === "p" ? paragraph : doc.createElement("p");
    if (text !== paragraph) {
      text.append(...Array.from(paragraph.childNodes));
      paragraph.remove();
    }
    item.append(text);
    top.list.append(item);
    top.item = item;
  }
}

/** Turns every run of Word list paragraphs under `root` into real lists. */
export function convertWordLists(root: Element): void {
  const paragraphs = Array.from(root.querySelectorAll("p, h1, h2, h3, h4, h5, h6")).filter((p) => wordListOf(p.getAttribute("style") ?? ""));
  const inRun = new Set(paragraphs);
  const runs: Element[][] = [];
  for (const paragraph of paragraphs) {
    const previous = paragraph.previousElementSibling;
    const run = runs[runs.length - 1];
    if (run && previous && previous === run[run.length - 1] && inRun.has(previous)) run.push(paragraph);
    else runs.push([paragraph]);
  }
  for (const run of runs) buildLists(run);
}
