"use client";
// The toolbar's "Gallery" button and the dialog it opens. OWNER: gallery helper (issue 19).
import type { Editor } from "@tiptap/react";

export function GalleryButton({ editor }: { editor: Editor }) {
  void editor;
  return null;
}
