#!/usr/bin/env bash
# Installs what the test line needs beyond npm: Debian's Chromium for Playwright (it cannot download
# its own browsers here) and PostgreSQL for the production-store tests. Needs root for apt; otherwise
# it says what is missing and how to point the tests at your own.
set -euo pipefail

chromium_path=${RUAMJAI_CHROMIUM:-/usr/bin/chromium}
missing=()
[ -x "$chromium_path" ] || missing+=(chromium)
if [ -z "${TEST_DATABASE_URL:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	missing+=(postgresql)
fi

if [ ${#missing[@]} -eq 0 ]; then
	echo "test-prepare: chromium and postgresql are present"
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "test-prepare: missing ${missing[*]}; install them (apt-get install ${missing[*]}), or set RUAMJAI_CHROMIUM / TEST_DATABASE_URL" >&2
	exit 1
fi

echo "test-prepare: installing ${missing[*]} from Debian"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-thai-tlwg >/dev/null
