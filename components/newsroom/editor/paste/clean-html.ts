// Cleaning pasted HTML (Word, Google Docs, web pages) into the plain,
// semantic HTML the body's parse rules read: headings at the body's levels,
// bold/italic/underline/strike as tags, links, real lists, line breaks and
// tables with their cells; everything else (styles, classes, Word's mso-
// junk and <o:p>, comments and conditional comments, <meta>/<style>, empty
// paragraphs) dropped. Images become markers (IMAGE_MARKER) the editor
// replaces once the writer has decided whether to import them
// (pasted-images.ts). Works on a Document (the browser's DOMParser; any DOM
// in tests), changing it in place.
import { formattingOf, MARK_TAGS } from "@/components/newsroom/editor/paste/inline-styles";
import { convertWordLists } from "@/components/newsroom/editor/paste/word-lists";

/** Where an image was in the pasted text: one character, never typed by anyone. */
export const IMAGE_MARKER = "\uFFFC";

export type PastedImage = { src: string; alt: string };

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;

const DROPPED = new Set(["script", "style", "meta", "link", "title", "head", "xml", "template", "iframe", "object", "embed", "noscript", "colgroup", "col", "button", "input", "select", "textarea", "svg", "math"]);
const INLINE_FORMATTING = ["span", "font", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del"];
const BLOCKS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "hr", "pre", "figure", "section", "article", "header", "footer"]);
const KEPT_ATTRIBUTES: Record<string, string[]> = { a: ["href"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"], ol: ["start"] };

/** Whether this HTML was copied from a ProseMirror editor (ours): its structure is already the body's. */
export const isProseMirrorHtml = (html: string) => /\sdata-pm-slice=/.test(html);

/** Replaces `el` by its children. */
function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/** `el` as a `tag` element with the same children (no attributes). */
function rename(el: Element, tag: string): Element {
  const renamed = el.ownerDocument.createElement(tag);
  renamed.append(...Array.from(el.childNodes));
  el.replaceWith(renamed);
  return renamed;
}

function removeComments(node: Node): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === COMMENT) child.remove();
    else if (child.nodeType === ELEMENT) removeComments(child);
  }
}

/** <style>, <meta> and the like go; Office's own tags: <o:p> and VML drawings go, others (smart tags) keep their text. */
function removeJunk(root: Element): void {
  for (const el of Array.from(root.querySelectorAll("*"))) {
    const name = el.tagName.toLowerCase(); // the qualified name ("o:p"): some DOMs split the prefix off localName
    if (DROPPED.has(name) || name === "o:p" || name.startsWith("v:")) el.remove();
    else if (name.includes(":")) unwrap(el);
  }
}

/** Word's heading paragraph styles (class MsoHeading1…) as heading tags. */
function wordHeadings(root: Element): void {
  for (const p of Array.from(root.querySelectorAll("p[class]"))) {
    const level = /(?:^|\s)MsoHeading([1-6])(?:\s|$)/i.exec(p.getAttribute("class") ?? "")?.[1];
    if (level) rename(p, `h${level}`).setAttribute("style", p.getAttribute("style") ?? "");
  }
}

/**
 * Styled inline elements become the tags of their formatting (Google Docs'
 * `<span style="font-weight:700">` → <strong>), everything else about them
 * is dropped. A link keeps its element; its own style can still add marks.
 */
function inlineFormatting(root: Element): void {
  for (const el of Array.from(root.querySelectorAll([...INLINE_FORMATTING, "a"].join(",")))) {
    const formatting = formattingOf(el.localName, el.getAttribute("style") ?? "");
    const doc = el.ownerDocument;
    let content: Node[] = Array.from(el.childNodes);
    for (const [mark, tag] of MARK_TAGS) {
      if (!formatting[mark] || content.length === 0) continue;
      const wrapper = doc.createElement(tag);
      wrapper.append(...content);
      content = [wrapper];
    }
    if (el.localName === "a") el.replaceChildren(...content);
    else el.replaceWith(...content);
  }
  // Links are underlined by the page already: Google Docs' own underline
  // inside them would become an underline mark.
  for (const u of Array.from(root.querySelectorAll("a u"))) unwrap(u);
  // Word's bookmarks are anchors without an address.
  for (const a of Array.from(root.querySelectorAll("a:not([href])"))) unwrap(a);
}

/** Images as markers, in document order; their addresses are returned for the import. */
function markImages(root: Element): PastedImage[] {
  const images: PastedImage[] = [];
  for (const img of Array.from(root.querySelectorAll("img"))) {
    const src = img.getAttribute("src")?.trim() ?? "";
    if (!src) {
      img.remove();
      continue;
    }
    images.push({ src, alt: (img.getAttribute("alt") ?? "").trim() });
    img.replaceWith(root.ownerDocument.createTextNode(IMAGE_MARKER));
  }
  return images;
}

/**
 * h1–h6 at the body's two levels, by rank in what was pasted: the highest
 * level used becomes a subheading (h2), every lower one a minor subheading
 * (h3). So Word's and Google Docs' "Heading 1"/"Heading 2" keep their
 * relation, and a text using only "Heading 2" still gets subheadings.
 */
function headingLevels(root: Element): void {
  const headings = Array.from(root.querySelectorAll("h1, h2, h3, h4, h5, h6"));
  const levels = [...new Set(headings.map((h) => Number(h.localName[1])))].sort((a, b) => a - b);
  for (const heading of headings) {
    const renamed = rename(heading, Number(heading.localName[1]) === levels[0] ? "h2" : "h3");
    // A heading is bold by itself.
    for (const strong of Array.from(renamed.querySelectorAll("strong"))) unwrap(strong);
  }
}

/** A list directly inside a list (Google Docs nests that way) moves into the item before it. */
function nestListsInItems(root: Element): void {
  for (const list of Array.from(root.querySelectorAll("ul > ul, ul > ol, ol > ul, ol > ol"))) {
    const previous = list.previousElementSibling;
    const item = previous?.localName === "li" ? previous : root.ownerDocument.createElement("li");
    if (item !== previous) list.before(item);
    item.append(list);
  }
}

const hasBlockChild = (el: Element) => Array.from(el.children).some((c) => BLOCKS.has(c.localName));

/** A <div> holding blocks is only a wrapper; one holding text is a paragraph. */
function divs(root: Element): void {
  for (const div of Array.from(root.querySelectorAll("div")).reverse()) {
    if (hasBlockChild(div)) unwrap(div);
    else rename(div, "p");
  }
}

function stripAttributes(root: Element): void {
  for (const el of Array.from(root.querySelectorAll("*"))) {
    const kept = KEPT_ATTRIBUTES[el.localName] ?? [];
    for (const name of el.getAttributeNames()) if (!kept.includes(name)) el.removeAttribute(name);
  }
}

const isBlank = (text: string) => text.replace(/[\s\u00a0\u200b]+/g, "") === "";

/** Empty paragraphs and headings (Word's blank lines: `<p><o:p>&nbsp;</o:p></p>`), and <br>s standing between blocks. */
function removeEmpty(root: Element): void {
  for (const block of Array.from(root.querySelectorAll("p, h2, h3"))) {
    if (isBlank(block.textContent ?? "")) block.remove();
  }
  for (const br of Array.from(root.querySelectorAll("br"))) {
    const parent = br.parentElement;
    const betweenBlocks = !parent || parent === root || ["li", "td", "th", "blockquote"].includes(parent.localName);
    const neighbours = [br.previousElementSibling, br.nextElementSibling];
    if (betweenBlocks && neighbours.every((n) => !n || BLOCKS.has(n.localName))) br.remove();
  }
}

/** Non-breaking spaces as plain ones (Word pads with them), and stray markers out of the text. */
function normalizeText(node: Node): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT) child.textContent = (child.textContent ?? "").replace(/\u00a0/g, " ").replaceAll(IMAGE_MARKER, "");
    else if (child.nodeType === ELEMENT) normalizeText(child);
  }
}

/**
 * Cleans pasted HTML from outside (see the header) in `doc`, in place.
 * Returns the images found, in the order of their markers.
 */
export function cleanPastedDocument(doc: Document): PastedImage[] {
  const root = doc.body;
  removeComments(doc);
  removeJunk(root);
  normalizeText(root);
  wordHeadings(root);
  convertWordLists(root);
  inlineFormatting(root);
  const images = markImages(root);
  headingLevels(root);
  nestListsInItems(root);
  divs(root);
  stripAttributes(root);
  removeEmpty(root);
  return images;
}

/**
 * HTML copied from a ProseMirror editor keeps its structure; only its
 * images become markers (an <img> outside a figure), and figures get their
 * image's address, alt text and size where the parse rule reads them.
 */
export function markProseMirrorImages(doc: Document): PastedImage[] {
  for (const figure of Array.from(doc.querySelectorAll("figure[data-type=figure]"))) {
    const img = figure.querySelector("img");
    if (!img) continue;
    for (const name of ["src", "alt", "width", "height"]) {
      if (!figure.hasAttribute(name) && img.hasAttribute(name)) figure.setAttribute(name, img.getAttribute(name)!);
    }
    img.remove();
  }
  return markImages(doc.body);
}
