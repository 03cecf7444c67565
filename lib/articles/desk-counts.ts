// The counts on the desk's view links (/newsroom): the stories sent back to
// this person ("returned to me"), and for those who review, how many await
// review. Read with the views' own conditions (desk-list.ts viewWhere), so a
// badge and its view never disagree. Served at page load and again by
// deskCountsAction when the live stream says the desk changed.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { viewWhere } from "@/lib/articles/desk-list";

/** `awaiting` is null for those who do not review (they get no such badge). */
export type DeskCounts = { returned: number; awaiting: number | null };

/** Whether this role reviews stories: may publish them or send them back. */
export function reviews(role: Actor["role"]): boolean {
  return can(role, "article:publish") || can(role, "article:send-back");
}

export async function deskCounts(db: Tx, user: Pick<Actor, "id" | "role">): Promise<DeskCounts> {
  const [returned, awaiting] = await Promise.all([
    db.article.count({ where: viewWhere("returned", user.id) }),
    reviews(user.role) ? db.article.count({ where: viewWhere("review", user.id) }) : Promise.resolve(null),
  ]);
  return { returned, awaiting };
}
