"use client";
// What the pasted-images bar does: how many images wait, importing them one
// by one (an address by the server: lib/actions/media/import-remote.ts; an
// image carried in the HTML itself, a data: address, uploaded from here as
// a file), putting each imported one in its place, and removing the rest
// with a notice saying how many.
import type { Editor, JSONContent } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useCallback, useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import { importRemoteMediaAction } from "@/lib/actions/media/import-remote";
import type { MediaItem } from "@/lib/media/items";
import { uploadImage } from "@/components/newsroom/editor/media-picker";
import { describePastedImages } from "@/components/newsroom/editor/paste/paste-extension";
import { hostOf, pendingImages, type PendingImage } from "@/components/newsroom/editor/paste/pasted-images";

export type PastedImagesNotice = { kind: "imported" | "declined" | "failed"; count: number; reasons: string[] };

/** An image carried in the pasted HTML itself, as a file to upload; null for anything else. */
function dataUrlFile(src: string): File | null {
  const m = /^data:(image\/[a-z0-9.+-]+);base64,([a-z0-9+/=\s]+)$/i.exec(src);
  if (!m) return null;
  const binary = atob(m[2].replace(/\s+/g, ""));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new File([bytes], `pasted.${m[1].split("/")[1].split("+")[0]}`, { type: m[1] });
}

/** Addresses only the writer's own computer knows (Word's file:///C:/…, a page's blob:). */
const isLocal = (src: string) => /^(file|blob|cid|ms-appx|webkit-fake-url):/i.test(src);

export function usePastedImages(editor: Editor | null, figureOf: (item: MediaItem) => JSONContent) {
  const t = useTranslations("editor");
  const waiting = useEditorState({ editor, selector: ({ editor: e }) => (e ? pendingImages(e.state).length : 0) }) ?? 0;
  const [progress, setProgress] = useState<{ done: number; count: number } | null>(null);
  const [notice, setNotice] = useState<PastedImagesNotice | null>(null);

  // The placeholders' text, in the writer's language.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    describePastedImages(editor, (src) => t("pastedImages.waiting", { host: hostOf(src) }));
  }, [editor, t]);

  const importOne = useCallback(
    async (image: PendingImage): Promise<MediaItem> => {
      const file = dataUrlFile(image.src);
      if (file) return uploadImage(file, (status) => t("media.uploadFailed", { status }));
      if (isLocal(image.src)) throw new Error(t("pastedImages.localFile"));
      const result = await importRemoteMediaAction({ url: image.src, alt: image.alt.slice(0, 500) });
      if (!result.ok) throw new Error(result.error);
      return result.media;
    },
    [t],
  );

  const importAll = useCallback(async () => {
    if (!editor) return;
    const images = pendingImages(editor.state);
    setNotice(null);
    setProgress({ done: 0, count: images.length });
    let imported = 0;
    const reasons = new Set<string>();
    for (const [i, image] of images.entries()) {
      if (editor.isDestroyed) return;
      try {
        const item = await importOne(image);
        if (editor.isDestroyed) return;
        editor.commands.placePastedImage(image.id, figureOf(item));
        // Refused (suggesting mode cannot propose an image): it stays out.
        if (pendingImages(editor.state).some((p) => p.id === image.id)) {
          editor.commands.dropPastedImages([image.id]);
          reasons.add(t("pastedImages.notPlaced"));
        } else imported++;
      } catch (e) {
        if (editor.isDestroyed) return;
        editor.commands.dropPastedImages([image.id]);
        reasons.add((e as Error).message);
      }
      setProgress({ done: i + 1, count: images.length });
    }
    setProgress(null);
    const failed = images.length - imported;
    setNotice(failed ? { kind: "failed", count: failed, reasons: [...reasons] } : { kind: "imported", count: imported, reasons: [] });
  }, [editor, figureOf, importOne, t]);

  const removeAll = useCallback(() => {
    if (!editor) return;
    const count = pendingImages(editor.state).length;
    editor.commands.dropPastedImages();
    setNotice({ kind: "declined", count, reasons: [] });
  }, [editor]);

  return { waiting, progress, notice, importAll, removeAll, dismiss: () => setNotice(null) };
}
