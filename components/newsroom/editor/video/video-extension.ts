// The video node in the editor, with its editing view (video-view.tsx): the
// same node as the server's (lib/content/videos.ts), so what the editor makes
// is what the server checks.
import { ReactNodeViewRenderer } from "@tiptap/react";
import { Video } from "@/lib/content/videos";
import { VideoView } from "@/components/newsroom/editor/video/video-view";

export const EditableVideo = Video.extend({
  addNodeView() {
    return ReactNodeViewRenderer(VideoView);
  },
});
