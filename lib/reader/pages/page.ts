// What a reader page loader answers: a page (status, <head> and content), or
// a redirect. Each loader in this folder reads its page's data through the
// database it is given and answers one of these, or null for "no such page"
// (the 404 page).
import type { ReactElement } from "react";
import type { Db, Tx } from "@/lib/db/client";
import type { DocumentHead } from "@/lib/reader/head";
import type { HeaderProps } from "@/components/site/site-header";

export type ReaderPage =
  | {
      status: 200 | 404;
      head: DocumentHead;
      content: ReactElement;
      /** What the header shows for this page: the search box's query, the section marked. */
      header?: Omit<HeaderProps, "reader">;
    }
  | { redirect: string };

export type PageDb = { db: Db; sql: Pick<Tx, "$queryRaw" | "$executeRaw"> };
