#!/usr/bin/env bash
# Start the app for a realtime voice interview: like ./run.sh, but first check
# that realtime voice can work (an API key, a realtime model, a known voice)
# and turn on realtime debug logging: client-secret mints and transcript saves
# are logged as metadata (model, voice, item ids, sizes) — never audio, never
# transcript text, never a key or secret. Honours .env like ./run.sh.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib/ensure-node.sh
ensure_node_deps

# Read the settings the server will read (.env fills only what the environment lacks).
node --input-type=module - <<'NODE'
import { existsSync, readFileSync } from 'node:fs';
if (existsSync('.env')) process.loadEnvFile('.env');
const env = process.env;
const voices = [...readFileSync('src/shared/voices.ts', 'utf8').matchAll(/'([a-z]+)'/g)].map((m) => m[1]);
const problems = [];
if (!env.OPENAI_API_KEY?.trim()) {
  problems.push('OPENAI_API_KEY is not set. Realtime voice needs an OpenAI API key: put OPENAI_API_KEY=sk-... in .env (or export it).\n  Without a key, use ./run.sh: the turn-based voice mode works offline.');
}
const model = env.OPENAI_REALTIME_MODEL?.trim() || 'gpt-realtime';
const voice = env.OPENAI_REALTIME_VOICE?.trim() || 'marin';
if (voices.length > 0 && !voices.includes(voice)) problems.push(`OPENAI_REALTIME_VOICE="${voice}" is not a realtime voice. Choose one of: ${voices.join(', ')}.`);
if (env.REALTIME_TURN_DETECTION && !['semantic_vad', 'server_vad'].includes(env.REALTIME_TURN_DETECTION.trim())) {
  problems.push(`REALTIME_TURN_DETECTION="${env.REALTIME_TURN_DETECTION}" must be semantic_vad or server_vad.`);
}
if (problems.length > 0) {
  process.stderr.write(`Realtime voice cannot start:\n- ${problems.join('\n- ')}\n`);
  process.exit(2);
}
const url = env.OPENAI_REALTIME_URL?.trim() || 'https://api.openai.com/v1/realtime/calls';
const base = env.OPENAI_BASE_URL?.trim() || 'https://api.openai.com/v1';
process.stdout.write(`Realtime voice: model ${model}, voice ${voice}, turn detection ${env.REALTIME_TURN_DETECTION?.trim() || 'semantic_vad'}\n  secrets minted at ${base}, calls to ${url}\n`);
NODE

export LOG_LEVEL=debug
export REALTIME_DEBUG=1
echo "Debug logging on (LOG_LEVEL=debug, REALTIME_DEBUG=1): look for realtime_mint and realtime_transcript_item lines."
exec ./run.sh
