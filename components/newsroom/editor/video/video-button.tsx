"use client";
// The toolbar's "Video" button and the dialog it opens. OWNER: video helper (issue 19).
import type { Editor } from "@tiptap/react";

export function VideoButton({ editor }: { editor: Editor }) {
  void editor;
  return null;
}
