#!/usr/bin/env bash
# A new PostgreSQL installation, exactly as the README describes it: a fresh
# clone, DATABASE_URL exported *before* `npm ci` (whose postinstall generates
# the Prisma clients), then `npm start` until it answers on /. Catches what
# the test suites cannot, since they run in an already installed tree (a
# client generated from the wrong schema once broke exactly this).
#   npx tsx scripts/with-postgres.ts bash scripts/ci-fresh-postgres.sh
# with-postgres.ts gives TEST_POSTGRES_URL; this makes its own database there.
# It clones the repository's committed HEAD (uncommitted changes are not in
# the clone) and removes it all at the end.
# The build: Next.js's output does not depend on the engine or on any setting
# (scripts/start.ts: one build serves every engine; the Prisma clients load
# from node_modules at run time), and the e2e runs have already built these
# sources in the checkout this runs from. So the checkout's .next is copied
# into the clone (without its caches), and the clone's `npm start` keeps it
# only if its own check finds it built from exactly the clone's sources
# (.next/sapo-source-hash); otherwise, or with FRESH_BUILD=1, it builds.
# This saves a two-minute `next build` in CI and loses nothing that check
# proves: what is fresh is the clone, its `npm ci` with DATABASE_URL set
# (postinstall's clients), the migrations on an empty database, the start-up
# steps and the answer on /.
# FRESH_START_TIMEOUT (seconds, default 420) bounds the wait for the answer.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TEST_POSTGRES_URL:?run this through scripts/with-postgres.ts, which sets TEST_POSTGRES_URL}"
repo=$(pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sapo-fresh-XXXXXX")
database="sapo_fresh_$$"
server_pid=""

# Runs SQL on the server's maintenance database with the repository's own pg.
admin_sql() {
  (cd "$repo" && node -e '
    const { Client } = require("pg");
    const c = new Client({ connectionString: process.env.TEST_POSTGRES_URL });
    c.connect().then(() => c.query(process.argv[1])).then(() => c.end(), (e) => { console.error(e.message); process.exit(1); });
  ' "$1")
}

cleanup() {
  local status=$?
  if [ -n "$server_pid" ]; then
    # npm start runs tsx, which runs next: stop the whole process group.
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 -- "-$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  admin_sql "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT

started=$(date +%s)
admin_sql "CREATE DATABASE $database"
DATABASE_URL=$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$TEST_POSTGRES_URL" "$database")
export DATABASE_URL
PORT=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
export PORT
export DATA_DIR="$tmp/data"
mkdir -p "$DATA_DIR"
# Nothing of the surrounding environment's own installation leaks in.
unset SITE_URL NEXTAUTH_URL AUTH_SECRET DATABASE_REPLICA_URLS

# The checkout's compiled better-sqlite3 instead of a second compile (scripts/ci-seed-prebuilt.sh).
bash "$repo/scripts/ci-seed-prebuilt.sh" || echo "• (could not offer better-sqlite3's binary: npm ci compiles it)"
echo "• Fresh clone in $tmp/app, DATABASE_URL set to a new PostgreSQL database before npm ci"
git clone -q "$repo" "$tmp/app"
cd "$tmp/app"
if [ "${FRESH_BUILD:-0}" != "1" ] && [ -f "$repo/.next/BUILD_ID" ]; then
  echo "• Copying the checkout's build (npm start rebuilds unless it is of these sources)"
  tar -C "$repo" --exclude=.next/cache --exclude=.next/dev -cf - .next | tar -xf -
fi
npm ci --prefer-offline --no-audit --no-fund --loglevel=error

echo "• npm start on port $PORT"
setsid npm start >"$tmp/start.log" 2>&1 &
server_pid=$!
deadline=$(( $(date +%s) + ${FRESH_START_TIMEOUT:-420} ))
answers() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$PORT/"; }
until answers; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "npm start stopped before answering on /:" >&2
    tail -n 40 "$tmp/start.log" >&2
    exit 1
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "npm start did not answer on / within ${FRESH_START_TIMEOUT:-420} s:" >&2
    tail -n 40 "$tmp/start.log" >&2
    exit 1
  fi
  sleep 2
done
grep -m1 -E "Build is up to date|Building the app" "$tmp/start.log" | sed 's/^/  npm start: /' || true
echo "• A fresh PostgreSQL installation answers on / after $(( $(date +%s) - started )) s"
