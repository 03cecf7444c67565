// The reader's HTML of an article body, made from validated ProseMirror JSON
// (lib/content/body.ts validateBody) by a whitelist of node and mark types
// with every text and attribute escaped, so it is safe by construction:
// nothing the client sends is ever copied into HTML verbatim. Tables have
// their own module (lib/content/tables.ts).
import type { JsonNode } from "@/lib/content/json-node";
import { escapeHtml } from "@/lib/content/escape-html";
import { renderTable } from "@/lib/content/tables";
import { renderEmbedHtml } from "@/lib/content/embeds";
import { renderGalleryHtml } from "@/lib/content/galleries";
import { renderVideoHtml } from "@/lib/content/videos";
import type { MediaVariants, RenderContext } from "@/lib/content/render-context";
// Figures and gallery images (lib/content/galleries.ts) share one picture renderer.
import { BODY_IMAGE_SIZES, figureHtml } from "@/lib/content/picture-html";

export type { MediaVariants, RenderContext };

export { BODY_IMAGE_SIZES };


const MARK_TAGS: Record<string, string> = { bold: "strong", italic: "em", strike: "s", underline: "u" };
// Outer-to-inner order for marks, so the same text always yields the same HTML.
const MARK_ORDER = ["link", "bold", "italic", "underline", "strike"];

function renderText(node: JsonNode): string {
  let html = escapeHtml(node.text ?? "");
  const marks = [...(node.marks ?? [])].sort((a, b) => MARK_ORDER.indexOf(b.type) - MARK_ORDER.indexOf(a.type));
  for (const mark of marks) {
    if (mark.type === "link") {
      const href = String(mark.attrs?.href ?? "");
      const title = typeof mark.attrs?.title === "string" ? ` title="${escapeHtml(mark.attrs.title)}"` : "";
      const external = !href.toLowerCase().startsWith("mailto:");
      const target = mark.attrs?.target === "_blank" ? ' target="_blank"' : "";
      html = `<a href="${escapeHtml(href)}"${title}${target}${external ? ' rel="noopener noreferrer nofollow"' : ""}>${html}</a>`;
    } else {
      const tag = MARK_TAGS[mark.type];
      if (tag) html = `<${tag}>${html}</${tag}>`;
    }
  }
  return html;
}

function renderNode(node: JsonNode, ctx: RenderContext): string {
  const inner = () => (node.content ?? []).map((child) => renderNode(child, ctx)).join("");
  switch (node.type) {
    case "doc":
      return inner();
    case "text":
      return renderText(node);
    case "paragraph":
      return `<p>${inner()}</p>`;
    case "heading": {
      const level = node.attrs?.level === 3 ? 3 : 2;
      return `<h${level}>${inner()}</h${level}>`;
    }
    case "blockquote":
      return `<blockquote>${inner()}</blockquote>`;
    case "bulletList":
      return `<ul>${inner()}</ul>`;
    case "orderedList": {
      const start = Number(node.attrs?.start ?? 1);
      return `<ol${start !== 1 ? ` start="${start}"` : ""}>${inner()}</ol>`;
    }
    case "listItem":
      return `<li>${inner()}</li>`;
    case "hardBreak":
      return "<br>";
    case "horizontalRule":
      return "<hr>";
    case "figure":
      return figureHtml(node.attrs ?? {}, ctx);
    case "table":
      return renderTable(node, (child) => renderNode(child, ctx));
    case "embed":
      return renderEmbedHtml(node, ctx);
    case "gallery":
      return renderGalleryHtml(node, ctx);
    case "video":
      return renderVideoHtml(node, ctx);
    default:
      // Unreachable after validateBody; render nothing rather than guess.
      return "";
  }
}

/** The body's HTML (suggestions already left out); figures get srcsets from `media`. */
export function renderBodyHtml(doc: JsonNode, media: MediaVariants): string {
  return renderNode(doc, { media, figures: 0 });
}
