// Escaping for the body's HTML (lib/content/body-html.ts, tables.ts): every
// text and attribute value goes through it, in text and in quoted attributes.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
