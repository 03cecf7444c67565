// The publish checks on pictures: alt text and credits.
import type { CheckDetail, PublishContent } from "@/lib/articles/checks/types";
import { walk } from "@/lib/articles/checks/text-places";

const blank = (value: unknown) => typeof value !== "string" || value.trim() === "";
const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The file's name from an address, to tell images without captions apart. */
function fileName(src: unknown): string {
  const path = str(src).split(/[?#]/)[0];
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * Images without alt text: the cover, figures, gallery images, and videos
 * with a poster image. A video's poster is not an image of its own on the
 * reader's page: it is the player's first picture, and the player is named
 * by the video's title (lib/content/videos.ts), which is what a screen reader
 * announces. So a video with a poster counts as described when it has a
 * title; the poster's library alt text is not consulted (that also keeps the
 * check pure: the browser can run it without asking the library).
 */
export function missingAlt(content: PublishContent): CheckDetail[] {
  const found: CheckDetail[] = [];
  if (content.cover && blank(content.cover.alt)) found.push({ item: "cover", text: "" });
  const seen: Record<string, number> = {};
  for (const node of walk(content.body)) {
    const a = node.attrs ?? {};
    let lacking = false;
    if (node.type === "figure" || node.type === "galleryImage") lacking = blank(a.alt);
    else if (node.type === "video") lacking = !(blank(a.posterId) && blank(a.posterSrc)) && blank(a.title);
    else continue;
    const position = (seen[node.type] = (seen[node.type] ?? 0) + 1);
    if (lacking) found.push({ item: node.type, position, text: str(a.caption) || fileName(node.type === "video" ? a.posterSrc : a.src) });
  }
  return found;
}

/**
 * A credit that names nobody: empty, or only the label a desk types before
 * the name ("Ảnh:", "Photo:"), which the reader's page would print alone.
 */
function noCredit(value: unknown): boolean {
  return str(value).replace(/^(ảnh|photo|foto|image)\s*:?\s*/iu, "") === "";
}

/**
 * Photos without a credit: figures and gallery images (the reader's page
 * prints the credit after the caption, "Ảnh: Thành Duy"), and the cover when
 * its library credit is known here (`cover.credit` given). Videos are left
 * out: their credit names who filmed them, and a clip from an agency or a
 * reader is often shown without one.
 */
export function missingCredit(content: PublishContent): CheckDetail[] {
  const found: CheckDetail[] = [];
  if (content.cover && content.cover.credit !== undefined && noCredit(content.cover.credit)) found.push({ item: "cover", text: "" });
  const seen: Record<string, number> = {};
  for (const node of walk(content.body)) {
    if (node.type !== "figure" && node.type !== "galleryImage") continue;
    const a = node.attrs ?? {};
    const position = (seen[node.type] = (seen[node.type] ?? 0) + 1);
    if (noCredit(a.credit)) found.push({ item: node.type, position, text: str(a.caption) || fileName(a.src) });
  }
  return found;
}
