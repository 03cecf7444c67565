// The video node in the editor, with its editing view. OWNER: video helper (issue 19).
import { Video } from "@/lib/content/videos";

export const EditableVideo = Video;
