// Which pasted image files to upload as they are. Word (and Excel) put a
// picture of the copied text on the clipboard beside its HTML; uploading it
// would paste a photo of the words instead of the words. So files are
// uploaded only when the clipboard carries no text: a copied image, a
// screenshot. Pasted text with images goes through the HTML
// (paste-extension.ts), whose images the writer may import.

/** The image files to upload for this paste: none when it also carries text. */
export function pastedImageFiles(data: Pick<DataTransfer, "files" | "getData"> | null | undefined): File[] {
  const files = Array.from(data?.files ?? []).filter((f) => f.type.startsWith("image/"));
  if (!files.length || !data) return files;
  return data.getData("text/plain").trim() ? [] : files;
}
