#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on loopback for the tests and prints its URL on stdout.
#   url=$(bash scripts/throwaway-postgres.sh start DIR)   then   bash scripts/throwaway-postgres.sh stop DIR
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?folder for the cluster}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "throwaway-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
# A free port unless one is given: another cluster (a developer's, a second run) may hold any fixed one.
port=${RUAMJAI_TEST_PG_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}

as_owner() {
	# Run from a folder the owner may enter; the caller's may be private to root.
	cd "$dir"
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
	mkdir -p "$dir"
	[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
	as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
	as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
	echo "postgres://postgres@127.0.0.1:$port/postgres"
	;;
stop)
	as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
	rm -rf "$dir"
	;;
*)
	echo "usage: $0 start|stop DIR" >&2
	exit 2
	;;
esac
