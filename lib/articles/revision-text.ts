// The comparable text of a revision: title, lead and body as plain text.
import { bodyToText, type JsonNode } from "@/lib/content/body";
import { parseSnapshot } from "@/lib/articles/article-state";

export type RevisionTexts = { title: string; lead: string; body: string };

export function revisionTexts(snapshot: string): RevisionTexts {
  const snap = parseSnapshot(snapshot);
  const body = snap.body ?? (snap.bodyJson ? (JSON.parse(snap.bodyJson) as JsonNode) : null);
  return { title: snap.title ?? "", lead: snap.lead ?? "", body: body ? bodyToText(body) : "" };
}
