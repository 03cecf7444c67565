#!/usr/bin/env bash
# `npm run test:static`: the type check and the lint side by side instead of
# one after the other. Each is a single Node process that keeps one core busy
# (tsc does not share its work out, and the lint is not type-aware), so on a
# two-core machine the pair takes about as long as the slower of the two.
# Each one's output is kept apart and printed whole once both are done, so
# the two never interleave; the exit status is a failure if either failed.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d "${TMPDIR:-/tmp}/sapo-static-XXXXXX")
trap 'rm -rf "$out"' EXIT

npm run --silent typecheck >"$out/typecheck.log" 2>&1 &
typecheck=$!
npm run --silent lint >"$out/lint.log" 2>&1 &
lint=$!
wait "$typecheck"
typecheck_status=$?
wait "$lint"
lint_status=$?

for step in typecheck lint; do
  status_var="${step}_status"
  if [ "${!status_var}" -eq 0 ]; then echo "• npm run $step: passed"; else echo "• npm run $step: FAILED (exit ${!status_var})"; fi
  cat "$out/$step.log"
done
[ "$typecheck_status" -eq 0 ] && [ "$lint_status" -eq 0 ]
