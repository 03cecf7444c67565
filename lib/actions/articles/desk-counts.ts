"use server";
// The desk's badge counts for the signed-in person (lib/articles/desk-counts.ts),
// read again by the dashboard when the live stream says the desk changed.
import { z } from "zod";
import { deskCounts } from "@/lib/articles/desk-counts";
import { db } from "@/lib/db";
import { authedAction } from "@/lib/actions/action";

export const deskCountsAction = authedAction("newsroom:enter", z.object({}), async (_input, user) => ({ ok: true, ...(await deskCounts(db, user)) }));
