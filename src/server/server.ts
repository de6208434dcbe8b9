/**
 * Process entry: load config, build the app, listen, shut down gracefully on
 * SIGINT/SIGTERM (in-flight requests finish; the database closes last).
 */
import { ConfigError, loadConfig } from './config.js';
import { buildApp } from './app.js';
import { wordVectors } from './text/word-vectors.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nFix the variable(s) above in your environment or .env and start again.\n`);
      process.exit(2);
    }
    throw err;
  }
  const app = await buildApp(config);
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'server_stopping');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info({ url: `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`, storage: app.storage.describe(), coach: app.services.coach.provider }, 'server_ready');
  // Load the word vectors (~150 ms, once) now rather than inside the first user's search or feedback.
  setImmediate(() => wordVectors());
}

main().catch((err: unknown) => {
  process.stderr.write(`Failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  if (err instanceof Error && err.cause) process.stderr.write(`Cause: ${String(err.cause)}\n`);
  process.exit(1);
});
