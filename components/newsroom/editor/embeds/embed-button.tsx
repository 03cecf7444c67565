"use client";
// The toolbar's "Embed" button and the dialog it opens. OWNER: embed helper (issue 19).
import type { Editor } from "@tiptap/react";

export function EmbedButton({ editor }: { editor: Editor }) {
  void editor;
  return null;
}
