// The embed node in the editor: its editing view, and a link pasted on a
// line of its own becoming an embed. OWNER: embeds helper (issue 19).
import { Embed } from "@/lib/content/embeds";

export const EditableEmbed = Embed;
