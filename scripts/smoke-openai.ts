/**
 * npm run smoke:openai — is my OpenAI-compatible endpoint set up right?
 *
 * With OPENAI_API_KEY (and optionally OPENAI_BASE_URL, e.g. Ollama or vLLM)
 * in the environment or .env, runs one real call per capability through the
 * app's own providers — the LLM coach's evaluation, embeddings (when
 * OPENAI_EMBEDDING_MODEL is set), transcription of one second of audio, and
 * minting a realtime client secret — and prints ✓ or ✗ with the time taken
 * and the error the app would show. Exits 1 when any check fails. Without a
 * key it says SKIPPED loudly and exits 0. Capabilities a local server lacks
 * (realtime, usually) fail here and can be ignored; the app labels them too.
 */
import { performance } from 'node:perf_hooks';
import { createBuiltinCoach, emptyProfile } from '../src/server/coach/builtin/index.js';
import { createCoach } from '../src/server/coach/factory.js';
import { loadConfig, type Config } from '../src/server/config.js';
import { createTranscriber } from '../src/server/services/transcription/index.js';
import { mintClientSecret } from '../src/server/services/voice/mint.js';
import { embeddingsFromConfig } from '../src/server/services/work-history/embeddings.js';
import { ANSWER, QUESTION } from './lib/smoke-sample.js';

interface Check {
  name: string;
  run(config: Config): Promise<string>;
}

/** One second of 16 kHz mono silence as a WAV file: enough for the endpoint to accept and answer. */
function silentWav(seconds = 1, rate = 16_000): Buffer {
  const data = Buffer.alloc(seconds * rate * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const CHECKS: Check[] = [
  {
    name: 'coach: evaluate an answer (chat completions, JSON schema)',
    async run(config) {
      const coach = createCoach(config, { builtin: createBuiltinCoach() });
      const fb = await coach.evaluate({ question: QUESTION, answer: ANSWER, persona: 'helpful', profile: emptyProfile(), snippets: [] });
      // The coach never throws on provider failure: it falls back, labelled. Here that is the failure to report.
      if (fb.coach.provider !== 'openai') throw new Error(`fell back to the built-in coach: ${fb.coach.fallbackReason ?? 'no reason given'}`);
      return `${fb.coach.model}, overall ${fb.overall}/5`;
    },
  },
  {
    name: 'embeddings (OPENAI_EMBEDDING_MODEL)',
    async run(config) {
      const provider = embeddingsFromConfig(config);
      if (!provider) return 'not configured (story search stays keyword-only)';
      const [v] = await provider.embed(['I reduced the AWS bill by 31 percent.']);
      return `${provider.model}, ${v?.length ?? 0} dimensions`;
    },
  },
  {
    name: 'transcription (OPENAI_TRANSCRIBE_MODEL)',
    async run(config) {
      const t = await createTranscriber(config).transcribe(silentWav(), { mimeType: 'audio/wav', filename: 'smoke.wav', language: 'en' });
      return `${t.model}, ${t.text.trim() ? `"${t.text.trim().slice(0, 40)}"` : 'empty text (the audio is silence)'}`;
    },
  },
  {
    name: 'realtime: mint a client secret (OPENAI_REALTIME_MODEL)',
    async run(config) {
      const minted = await mintClientSecret(config, { instructions: 'Smoke test: say hello.', voice: config.OPENAI_REALTIME_VOICE });
      return `${minted.model}, voice ${minted.voice}, expires ${minted.expiresAt}`;
    },
  },
];

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function main(): Promise<number> {
  const config = loadConfig();
  if (config.OPENAI_API_KEY === undefined) {
    console.log('SKIPPED: OPENAI_API_KEY is not set, so there is no endpoint to check. Set it (and OPENAI_BASE_URL for a local server) in .env.');
    return 0;
  }
  console.log(`Checking ${config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1'} …`);
  let failed = 0;
  for (const check of CHECKS) {
    const t0 = performance.now();
    try {
      const detail = await check.run(config);
      console.log(`✓ ${check.name} — ${detail} (${Math.round(performance.now() - t0)} ms)`);
    } catch (err) {
      failed++;
      console.log(`✗ ${check.name} — ${message(err)} (${Math.round(performance.now() - t0)} ms)`);
    }
  }
  console.log(failed ? `${failed} of ${CHECKS.length} checks failed.` : 'All checks passed.');
  return failed ? 1 : 0;
}

process.exitCode = await main();
