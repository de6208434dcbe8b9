#!/usr/bin/env bash
# Stop the server that ./run.sh started (by the pid it recorded) — nothing else.
set -euo pipefail
cd "$(dirname "$0")"
pidfile=.run/server.pid
if [ ! -f "$pidfile" ]; then echo "No server started by ./run.sh is recorded (.run/server.pid missing)."; exit 0; fi
pid=$(cat "$pidfile")
if ! kill -0 "$pid" 2>/dev/null; then echo "Server $pid is not running; removing stale pid file."; rm -f "$pidfile"; exit 0; fi
if ! tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'dist/server/server.js'; then
  echo "Process $pid is not this app's server; leaving it alone."; rm -f "$pidfile"; exit 1
fi
kill -TERM "$pid"
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$pid" 2>/dev/null; then echo "Server $pid did not stop in 10 s; sending SIGKILL."; kill -KILL "$pid"; fi
rm -f "$pidfile"
echo "Stopped server $pid."
