// What a reader page loader answers: a page (status, <head> and content), or
// a redirect. Each loader in this folder reads its page's data through the
// database it is given and answers one of these, or null for "no such page"
// (the 404 page).
import type { ReactElement } from "react";
import type { Db, Tx } from "@/lib/db/client";
import type { DocumentHead } from "@/lib/reader/head";

export type ReaderPage =
  | {
      status: 200 | 404;
      head: DocumentHead;
      content: ReactElement;
      /** The query the header's search box shows filled in (the search page's). */
      searchQuery?: string;
    }
  | { redirect: string };

export type PageDb = { db: Db; sql: Pick<Tx, "$queryRaw" | "$executeRaw"> };
