// Takes the writer to what a check found: the headline, lead or SEO field
// (focused, the fault selected), or the body (the caret on the fault, or the
// figure selected). Body items are found as the checks number them
// (lib/articles/checks/text-places.ts): the nth node of that type in reading
// order, and an offset into its text, which is one ProseMirror position per
// character.
import type { Editor } from "@tiptap/react";
import type { CheckDetail } from "@/lib/articles/publish-checks";

/** The editor's fields by the item name the checks give them (title-lead.tsx, seo-fields.tsx). */
const FIELD_IDS: Record<string, string> = {
  title: "field-title",
  lead: "field-lead",
  seoTitle: "field-seo-title",
  seoDescription: "field-seo-description",
};

/** Whether the panel can take the writer to `d` (the cover, in the library, it cannot). */
export function canGoTo(d: CheckDetail): boolean {
  return d.item in FIELD_IDS || d.position !== undefined;
}

function goToField(id: string, d: CheckDetail): boolean {
  const field = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!field) return false;
  // A field inside a closed disclosure (the SEO part) is opened first.
  const closed = field.closest("details:not([open])");
  if (closed) (closed as HTMLDetailsElement).open = true;
  field.focus();
  if (d.offset !== undefined) {
    const end = Math.min(field.value.length, d.offset + (d.span ?? 0));
    field.setSelectionRange(Math.min(d.offset, end), end);
  }
  field.scrollIntoView({ block: "center", behavior: "smooth" });
  return true;
}

/** The position of the nth (from 1) node of type `type` in the body, or null. */
function nthNode(editor: Editor, type: string, n: number): { pos: number; size: number } | null {
  let seen = 0;
  let found: { pos: number; size: number } | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === type && ++seen === n) found = { pos, size: node.content.size };
    return true;
  });
  return found;
}

export function goToDetail(editor: Editor | null, d: CheckDetail): boolean {
  const fieldId = FIELD_IDS[d.item];
  if (fieldId) return goToField(fieldId, d);
  if (!editor || editor.isDestroyed || d.position === undefined) return false;
  const node = nthNode(editor, d.item, d.position);
  if (!node) return false;
  const chain = editor.chain().focus();
  if (d.offset !== undefined) {
    // The body may have changed since the check ran: stay inside the block.
    const from = node.pos + 1 + Math.min(d.offset, node.size);
    const to = Math.min(from + (d.span ?? 0), node.pos + 1 + node.size);
    chain.setTextSelection({ from, to });
  } else {
    chain.setNodeSelection(node.pos);
  }
  chain.scrollIntoView().run();
  return true;
}
