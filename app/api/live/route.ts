// GET /api/live: the newsroom page's live stream (Server-Sent Events) for
// the signed-in user: their unread notification count whenever it changes,
// and comment changes on the articles named in ?articles=<id,id> (the page
// has open). What is sent and when: lib/live/stream.ts. Authenticated like
// every route handler (lib/actions/route.ts); the session cookie is read
// again for its token id, so that signing out, being disabled or a role
// change closes the stream within seconds (lib/auth/ended-sessions.ts).
import { authedRoute } from "@/lib/actions/route";
import { isSessionLive, readLiveSession } from "@/lib/auth/ended-sessions";
import { authOptions } from "@/lib/auth/options";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors/user-error";
import { liveBus } from "@/lib/live/bus";
import { followedArticles, liveStream } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

const SESSION_GONE = "editor.errors.signInFirst";

export const GET = authedRoute("newsroom:enter", { refusalStatus: () => 401 }, async ({ request, user }) => {
  const session = await readLiveSession(request.headers.get("cookie"), authOptions.secret);
  if (!session || session.userId !== user.id || !(await isSessionLive(db, session))) throw new UserError(SESSION_GONE);
  // Every staff member may read every article today; the map decides.
  const articleIds = can(user.role, "article:read-any") ? followedArticles(new URL(request.url).searchParams.get("articles")) : [];
  const stream = liveStream({ db, bus: liveBus(), session, articleIds, signal: request.signal });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: nothing on the way may compress (and so hold back) the events.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});
