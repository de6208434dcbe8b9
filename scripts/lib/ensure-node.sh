# Shared by run.sh and test.sh: check Node, install npm dependencies when
# they are missing or older than the lockfile.
ensure_node_deps() {
  if ! command -v node >/dev/null 2>&1; then echo "Node.js 20 or newer is required (apt-get install nodejs, or nodejs.org)." >&2; exit 1; fi
  local major; major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then echo "Node.js 20 or newer is required; found $(node --version)." >&2; exit 1; fi
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing dependencies (npm ci)…"
    npm ci --no-audit --no-fund
  fi
}
