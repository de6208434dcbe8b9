/**
 * Graceful shutdown of the real process: with an upload still arriving and an
 * idle keep-alive connection open, SIGTERM stops new connections at once, lets
 * the upload finish with its 201, then the process exits 0 — well before the
 * 10 s forced-exit timer. The finished upload is there after a restart.
 */
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpClient, makeDataDir, startChild, type ChildServer } from './child-server.js';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let server: ChildServer | undefined;
beforeAll(async () => {
  data = await makeDataDir();
});
afterAll(async () => {
  if (server && server.proc.exitCode === null && server.proc.signalCode === null) server.proc.kill('SIGKILL');
  await data.cleanup();
});

/** Start a multipart upload and send only its first half; `finish()` sends the rest and resolves with status and body. */
function slowUpload(port: number, path: string, cookie: string) {
  const boundary = '----ipShutdown';
  const text = `Dana Okafor\nSenior Backend Engineer, Tidewater Payments (2020 - 2024)\n${'- Cut failover time from 40 minutes to 90 seconds.\n'.repeat(400)}`;
  const body = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nresume\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="resume.txt"\r\nContent-Type: text/plain\r\n\r\n${text}\r\n--${boundary}--\r\n`,
  );
  const half = Math.floor(body.length / 2);
  let finish: () => void = () => undefined;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length } },
      (res) => {
        let out = '';
        res.on('data', (d: Buffer) => (out += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: out }));
      },
    );
    req.on('error', reject);
    req.write(body.subarray(0, half));
    finish = () => void req.end(body.subarray(half));
  });
  return { response, finish: () => finish() };
}

/** Try a brand-new connection; resolves with the status, or the error code when refused. */
function probe(port: number): Promise<number | string> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/api/health', agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

describe('graceful shutdown', () => {
  it('finishes the in-flight upload, refuses new connections, and exits 0', { timeout: 60_000 }, async () => {
    server = await startChild(data.dataDir, data.env);
    const client = httpClient(server.url);
    const session = (await (await client.send('POST', '/api/sessions', { name: 'shutdown' })).json()) as { id: string };

    // An idle keep-alive connection, as a browser tab leaves behind.
    const keepAlive = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve) => http.get({ host: '127.0.0.1', port: server!.port, path: '/api/health', agent: keepAlive }, (res) => res.resume().on('end', resolve)));

    const upload = slowUpload(server.port, `/api/sessions/${session.id}/documents`, client.cookie!);
    await sleep(300); // the server has the headers and half the body
    const signalled = Date.now();
    server.proc.kill('SIGTERM');
    await sleep(300);
    expect(await probe(server.port), 'new connections are refused while shutting down').toBe('ECONNREFUSED');
    expect(server.proc.exitCode, 'still running while the upload is in flight').toBeNull();

    upload.finish();
    const res = await upload.response;
    expect(res.status, res.body).toBe(201);
    expect(JSON.parse(res.body)).toMatchObject({ kind: 'resume', filename: 'resume.txt' });

    expect(await server.exited).toBe(0);
    const took = Date.now() - signalled;
    expect(took, 'exits promptly, not by the 10 s forced-exit timer').toBeLessThan(5_000);
    keepAlive.destroy();

    server = await startChild(data.dataDir, data.env);
    client.base = server.url;
    const docs = (await (await client.send('GET', `/api/sessions/${session.id}/documents`)).json()) as { text: string }[];
    expect(docs).toHaveLength(1);
    expect(docs[0]!.text).toContain('Tidewater Payments');
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    console.info(`shutdown: in-flight upload finished, exit 0 after ${took} ms`);
  });
});
