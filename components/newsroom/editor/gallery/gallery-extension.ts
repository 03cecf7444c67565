// The gallery node in the editor, with its editing view. OWNER: galleries helper (issue 19).
import { Gallery } from "@/lib/content/galleries";

export const EditableGallery = Gallery;
