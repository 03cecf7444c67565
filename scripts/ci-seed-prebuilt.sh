#!/usr/bin/env bash
# Offers this checkout's compiled better-sqlite3 to the next `npm ci` on this
# machine (scripts/ci-fresh-postgres.sh's fresh clone), as a prebuilt binary.
# Where no prebuilt binary can be downloaded (our CI), better-sqlite3's
# install step compiles SQLite from source: two minutes on two cores, for
# every `npm ci`. Its installer (prebuild-install) looks in npm's cache
# (~/.npm/_prebuilds) before downloading, so the binary the checkout's own
# `npm ci` compiled is put there, under the name prebuild-install looks for:
# same package version, same Node.js, same machine. prebuild-install loads the
# binary before accepting it; if the name or the file is not right, the
# install compiles from source as before, so this can only save time.
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=node_modules/better-sqlite3
binary=build/Release/better_sqlite3.node
if [ ! -f "$pkg/$binary" ]; then
  echo "• No compiled better-sqlite3 in node_modules to offer"
  exit 0
fi
# The cache path, computed by prebuild-install itself from better-sqlite3's
# package.json and npm's cache folder, as its own install step does.
npm_config_cache=$(npm config get cache)
export npm_config_cache
cached=$(cd "$pkg" && node -e '
  const pkg = require("./package.json");
  const rc = require("prebuild-install/rc")(pkg);
  const util = require("prebuild-install/util");
  console.log(util.cachedPrebuild(util.getDownloadUrl({ ...rc, pkg })));
')
if [ -f "$cached" ]; then
  echo "• better-sqlite3 already in npm's prebuilt cache"
  exit 0
fi
mkdir -p "$(dirname "$cached")"
tar -C "$pkg" -czf "$cached.$$.tmp" "$binary"
mv "$cached.$$.tmp" "$cached"
echo "• better-sqlite3's compiled binary offered to the next npm ci ($cached)"
