#!/usr/bin/env bash
# Runs a command with a real redis-server (and, when installable, valkey-server) on random loopback ports, for
# the wabakit/redis suites (test/redis/**). Installs Debian's redis-server with apt when missing (as root), and
# valkey-server from bookworm-backports when it is available there; starts each with no persistence; exports
#   WABAKIT_REDIS_URL=redis://127.0.0.1:<port>     (always)
#   WABAKIT_VALKEY_URL=redis://127.0.0.1:<port>    (only when valkey-server could be installed)
# runs "$@", and stops the servers by pid on exit, whatever the command's outcome (its exit code is kept).
#
#   bash scripts/with-redis.sh npm test -- --reporter=default
#   WABAKIT_NO_VALKEY=1 bash scripts/with-redis.sh npx vitest run test/redis   # Redis only
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/with-redis.sh COMMAND [ARGS...]" >&2
  exit 2
fi

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" -eq 0 ]; then
    apt-get update -qq >/dev/null
    apt_updated=1
  fi
}

if ! command -v redis-server >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "with-redis: redis-server is not installed and this machine has no apt-get: install it (macOS: brew install redis), or set WABAKIT_SKIP_REDIS_TESTS=1 to skip the Redis suites" >&2
    exit 1
  fi
  echo "with-redis: installing redis-server (apt)" >&2
  apt_update_once
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

# Valkey 8 is in bookworm-backports, which is not in the default sources: add it for this install only.
if [ "${WABAKIT_NO_VALKEY:-}" != "1" ] && ! command -v valkey-server >/dev/null 2>&1; then
  codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
  if [ -n "$codename" ] && command -v apt-get >/dev/null 2>&1; then
    # The mirror this machine already uses for Debian (deb822 .sources or a classic sources.list line), so the
    # backports suite comes from the same place as every other package.
    mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\/debian\)[[:space:]]*$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
    [ -n "$mirror" ] || mirror=$(sed -n 's/^deb[[:space:]]\{1,\}\([^[:space:]]*\/debian\)[[:space:]].*/\1/p' /etc/apt/sources.list 2>/dev/null | head -n 1)
    backports=$(mktemp)
    [ -n "$mirror" ] && echo "deb $mirror ${codename}-backports main" >"$backports"
    if apt-get update -qq -o Dir::Etc::sourcelist="$backports" -o Dir::Etc::sourceparts=- -o APT::Get::List-Cleanup=0 >/dev/null 2>&1 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dir::Etc::sourcelist="$backports" -t "${codename}-backports" valkey-server >/dev/null 2>&1; then
      echo "with-redis: installed valkey-server from ${codename}-backports" >&2
    else
      echo "with-redis: valkey-server is not installable here; the Valkey suites are skipped (said so in their output)" >&2
    fi
    rm -f "$backports"
  fi
fi

workdir=$(mktemp -d)
cleanup() {
  for pidfile in "$workdir"/*.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  done
  rm -rf "$workdir"
}
trap cleanup EXIT

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start_server() { # binary name -> prints the URL once it answers PING
  local binary=$1 name=$2 port cli
  port=$(free_port)
  "$binary" --save '' --appendonly no --port "$port" --bind 127.0.0.1 --daemonize yes \
    --pidfile "$workdir/$name.pid" --dir "$workdir" --logfile "$workdir/$name.log" >/dev/null
  cli=redis-cli
  command -v "$cli" >/dev/null 2>&1 || cli=valkey-cli
  for _ in $(seq 1 200); do
    if [ "$("$cli" -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = "PONG" ]; then
      echo "redis://127.0.0.1:$port"
      return 0
    fi
    sleep 0.05
  done
  echo "with-redis: $binary did not start; its log:" >&2
  cat "$workdir/$name.log" >&2 || true
  return 1
}

WABAKIT_REDIS_URL=$(start_server redis-server redis)
export WABAKIT_REDIS_URL
echo "with-redis: redis-server $(redis-server --version | sed -E 's/.*v=([^ ]+).*/\1/') at $WABAKIT_REDIS_URL" >&2
if [ "${WABAKIT_NO_VALKEY:-}" != "1" ] && command -v valkey-server >/dev/null 2>&1; then
  WABAKIT_VALKEY_URL=$(start_server valkey-server valkey)
  export WABAKIT_VALKEY_URL
  echo "with-redis: valkey-server $(valkey-server --version | sed -E 's/.*v=([^ ]+).*/\1/') at $WABAKIT_VALKEY_URL" >&2
fi

set +e
"$@"
status=$?
set -e
exit "$status"
