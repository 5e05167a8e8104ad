#!/usr/bin/env bash
# Every check and test, in the order that fails fastest: format and lint, types, unit and store
# tests (PGlite always; PostgreSQL too), the production build, then end-to-end in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

pg_dir=""
cleanup() { if [ -n "$pg_dir" ]; then bash scripts/throwaway-postgres.sh stop "$pg_dir"; fi; }
trap cleanup EXIT

if [ -z "${TEST_DATABASE_URL:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	pg_dir=$(mktemp -d /tmp/ruamjai-pg.XXXXXX)
	TEST_DATABASE_URL=$(bash scripts/throwaway-postgres.sh start "$pg_dir")
	export TEST_DATABASE_URL
	echo "test: started a throwaway PostgreSQL at $TEST_DATABASE_URL"
fi
if [ -n "${TEST_DATABASE_URL:-}" ]; then
	# Having PostgreSQL means it is tested: a store suite must not quietly run on PGlite alone.
	export RUAMJAI_REQUIRE_PG=1
else
	echo "test: no PostgreSQL (set TEST_DATABASE_URL or install postgresql); store tests run on PGlite only" >&2
fi

echo "== lint"; npm run --silent lint
echo "== types"; npm run --silent check
echo "== unit and store tests"; npx vitest run
echo "== build"; npx vite build >/dev/null
echo "== end-to-end (Chromium)"; npx playwright test
