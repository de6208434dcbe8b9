#!/usr/bin/env bash
# Start the app on the embedded default (built-in coach, SQLite in ./data).
# Installs dependencies when missing, builds, runs migrations, then serves at
# http://localhost:${PORT:-8000}. Honours PORT, HOST, DATA_DIR and .env.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib/ensure-node.sh
ensure_node_deps
echo "Building…"
npm run --silent build >/dev/null
mkdir -p .run
echo $$ > .run/server.pid
export NODE_ENV="${NODE_ENV:-production}"
exec node dist/server/server.js
