// "Contains this text, ignoring case" for the newsroom's list filters, the
// same on both engines. SQLite's LIKE already ignores case (for Latin
// letters); PostgreSQL's is case-sensitive unless asked (ILIKE). Search of
// published articles goes through the full-text index instead (lib/search).
import { engineOf, type Tx } from "@/lib/db/client";

export function containsText(db: Pick<Tx, "$queryRaw">, text: string): { contains: string } {
  // `mode` exists only in the PostgreSQL client's types; the app is typed
  // against the SQLite client, hence the cast.
  return engineOf(db) === "postgresql" ? ({ contains: text, mode: "insensitive" } as { contains: string }) : { contains: text };
}
