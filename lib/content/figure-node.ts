// What a figure and a gallery image share as editor nodes: their attributes
// (a library item, its size, alt text, caption and credit), read back from
// the HTML they write, and that HTML, so a picture copied, cut and pasted
// inside the editor keeps them (the server refuses a picture without them).
// In a module of its own because lib/content/extensions.ts (the figure)
// imports lib/content/galleries.ts (the gallery image).
import type { Attributes } from "@tiptap/core";
import type { DOMOutputSpec } from "@tiptap/pm/model";

/**
 * The attributes of a picture node. `fromElement`: when the <img> does not
 * have one, take it from the element itself (a figure pasted as a bare
 * <img>-like element).
 */
export function pictureAttributes({ fromElement }: { fromElement: boolean }): Attributes {
  const fromImage = (name: string) => (el: HTMLElement) => el.querySelector("img")?.getAttribute(name) ?? (fromElement ? el.getAttribute(name) : null);
  const size = (name: string) => (el: HTMLElement) => {
    const value = Number(fromImage(name)(el));
    return Number.isInteger(value) && value > 0 ? value : null;
  };
  return {
    src: { default: "", parseHTML: (el) => fromImage("src")(el) ?? "" },
    mediaId: { default: null, parseHTML: (el) => el.getAttribute("data-media-id") },
    width: { default: null, parseHTML: size("width") },
    height: { default: null, parseHTML: size("height") },
    alt: { default: "", parseHTML: (el) => fromImage("alt")(el) ?? "" },
    caption: { default: "", parseHTML: (el) => el.getAttribute("data-caption") ?? "" },
    credit: { default: "", parseHTML: (el) => el.getAttribute("data-credit") ?? "" },
  };
}

/** The editor's HTML of a picture node: <figure data-type> with the texts as data attributes, the <img> and a caption. */
export function pictureDom(dataType: string, htmlAttributes: Record<string, unknown>): DOMOutputSpec {
  const { src, alt, caption, credit, width, height, mediaId } = htmlAttributes as Record<string, string | null>;
  return [
    "figure",
    { "data-type": dataType, "data-media-id": mediaId ?? undefined, "data-caption": caption ?? "", "data-credit": credit ?? "" },
    ["img", { src, alt, width, height }],
    ["figcaption", {}, [caption ?? "", credit ? ` ${credit}` : ""].join("")],
  ];
}
