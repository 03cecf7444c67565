// What a comment action accepts, shared by the server actions
// (lib/actions/comments/) and their tests. The anchor is the client's: two
// Yjs relative positions into the body ({from, to}, each as
// Y.relativePositionToJSON makes it). It is stored as the text the client
// sent, once it is known to be that shape and small; the server never
// resolves it (the comment lives in the database, the text in the Yjs
// document, and only the editor holds both).
import { z } from "zod";

export const COMMENT_LIMITS = {
  /** Characters of a comment's text. */
  text: 5000,
  /** Characters of the quoted text a thread keeps. */
  quote: 500,
  /** Characters of the anchor's JSON (two relative positions take about 150). */
  anchor: 2000,
  /** People mentioned in one comment. */
  mentions: 20,
} as const;

const yId = z.object({ client: z.number().int().nonnegative(), clock: z.number().int().nonnegative() });
/** Y.relativePositionToJSON: a position after an item (or at the start of a type), with its side. */
const relativePosition = z
  .object({ type: yId.optional(), tname: z.string().max(200).optional(), item: yId.optional(), assoc: z.number().int().optional() })
  .refine((p) => p.type !== undefined || p.tname !== undefined || p.item !== undefined);
const anchorValue = z.strictObject({ from: relativePosition, to: relativePosition });

export type CommentAnchor = { from: unknown; to: unknown };

/** The anchor's JSON, parsed, if it is an anchor; null otherwise. */
export function parseAnchor(text: string): CommentAnchor | null {
  if (text.length > COMMENT_LIMITS.anchor) return null;
  try {
    const value: unknown = JSON.parse(text);
    return anchorValue.safeParse(value).success ? (value as CommentAnchor) : null;
  } catch {
    return null;
  }
}

/** The anchor as sent (JSON text): kept verbatim when valid. */
export const anchorSchema = z
  .string("comments.validation.anchor")
  // Size included (parseAnchor): one message, not one per failed check.
  .refine((text) => parseAnchor(text) !== null, "comments.validation.anchor");

export const quoteSchema = z.string().max(COMMENT_LIMITS.quote, "comments.validation.quoteTooLong");

export const commentTextSchema = z
  .string("comments.validation.textMissing")
  .trim()
  .min(1, "comments.validation.textMissing")
  .max(COMMENT_LIMITS.text, "comments.validation.textTooLong");

/** Ids of the staff the comment mentions (checked against active staff when stored: lib/comments/mentions.ts). */
export const mentionsSchema = z
  .array(z.string("validation.invalid").min(1, "validation.invalid").max(64, "validation.invalid"), "validation.invalid")
  .max(COMMENT_LIMITS.mentions, "comments.validation.tooManyMentions")
  .default([]);

const id = z.string("validation.invalid").min(1, "validation.invalid").max(64, "validation.invalid");

export const createThreadInput = z.object({ articleId: id, anchor: anchorSchema, quote: quoteSchema, text: commentTextSchema, mentions: mentionsSchema });
export const replyInput = z.object({ threadId: id, text: commentTextSchema, mentions: mentionsSchema });
export const editCommentInput = z.object({ commentId: id, text: commentTextSchema, mentions: mentionsSchema });
export const deleteCommentInput = z.object({ commentId: id });
export const setResolvedInput = z.object({ threadId: id, resolved: z.boolean() });
export const listThreadsInput = z.object({ articleId: id });

export type CreateThreadInput = z.infer<typeof createThreadInput>;
export type ReplyInput = z.infer<typeof replyInput>;
export type EditCommentInput = z.infer<typeof editCommentInput>;
