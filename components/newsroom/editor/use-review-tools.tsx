"use client";
// The review tools around the body: comments (components/newsroom/comments/,
// threads in the database anchored to the shared text) and suggestions
// (components/newsroom/editor/suggestions/, marks in the shared body). Gives
// the editor its extra Tiptap extensions (one stable list: a new one would
// rebuild the editor), the toolbar's additions and the side column.
import type { Editor } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { CommentHighlights } from "@/components/newsroom/comments/comment-anchors";
import { CommentButton } from "@/components/newsroom/comments/comment-button";
import { CommentsSidebar } from "@/components/newsroom/comments/comments-sidebar";
import type { SharedDocument } from "@/components/newsroom/editor/collab/use-shared-document";
import { SuggestionMode } from "@/components/newsroom/editor/suggestions/extension";
import { SuggestModeToggle } from "@/components/newsroom/editor/suggestions/suggest-mode-toggle";
import { SuggestionsPanel, useDescribeSuggestion, type StaffMember } from "@/components/newsroom/editor/suggestions/suggestions-panel";

type Options = {
  articleId: string;
  userId: string;
  staff: StaffMember[];
  shared: Pick<SharedDocument, "onMessage" | "readOnly">;
  editor: Editor | null;
};

export function useReviewTools({ articleId, userId, staff, shared, editor }: Options) {
  const t = useTranslations("suggestions");
  const someone = t("unknownAuthor");
  const describe = useDescribeSuggestion((id) => staff.find((s) => s.id === id)?.name ?? someone);
  // The extension is made once; it reads this render's wording through the ref.
  const describeRef = useRef(describe);
  useEffect(() => {
    describeRef.current = describe;
  }, [describe]);
  const extensions = useMemo(
    () => [
      CommentHighlights,
      // Anyone who may edit may suggest, and accept or reject suggestions.
      // The ref is read when a suggestion's tooltip is built, never during render.
      // eslint-disable-next-line react-hooks/refs -- see above
      SuggestionMode.configure({ userId, canResolve: true, describe: (s: Parameters<typeof describe>[0]) => describeRef.current(s) }),
    ],
    [userId],
  );

  // The collaboration socket says when this article's threads change.
  const [commentsVersion, setCommentsVersion] = useState(0);
  useEffect(() => shared.onMessage((m) => m.type === "comments" && setCommentsVersion((v) => v + 1)), [shared]);

  const toolbarExtra = (
    <>
      {!shared.readOnly ? <SuggestModeToggle editor={editor} /> : null}
      <CommentButton editor={editor} />
    </>
  );
  const aside = (
    <>
      <SuggestionsPanel editor={editor} staff={staff} userId={userId} canResolve={!shared.readOnly} />
      <CommentsSidebar articleId={articleId} editor={editor} refreshKey={commentsVersion} />
    </>
  );
  return { extensions, toolbarExtra, aside };
}
