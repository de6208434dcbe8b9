#!/usr/bin/env bash
# Run every test: installs npm dependencies and Debian packages (Chromium…)
# when missing, builds the app, then runs unit, API and browser tests.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib/ensure-node.sh
source scripts/lib/ensure-apt.sh
ensure_node_deps
ensure_apt_packages
npm run --silent build
npx vitest run "$@"
