import { describe, expect, it } from 'vitest';
import { isTransientConflict, retryTransient } from '../../src/server/storage/retry.js';

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe('retryTransient', () => {
  it('runs again after a deadlock or serialisation failure, and returns the result', async () => {
    let calls = 0;
    const result = await retryTransient(async () => {
      calls++;
      if (calls === 1) throw pgError('40P01');
      if (calls === 2) throw pgError('40001');
      return 'deleted';
    });
    expect(result).toBe('deleted');
    expect(calls).toBe(3);
  });

  it('does not retry other errors, and gives up after the attempts', async () => {
    let calls = 0;
    await expect(retryTransient(async () => (calls++, Promise.reject(pgError('23503'))))).rejects.toThrow('pg 23503');
    expect(calls).toBe(1);
    calls = 0;
    await expect(retryTransient(async () => (calls++, Promise.reject(pgError('40P01'))), 3)).rejects.toThrow('pg 40P01');
    expect(calls).toBe(3);
  });

  it('recognises only the transient SQLSTATEs', () => {
    expect(isTransientConflict(pgError('40P01'))).toBe(true);
    expect(isTransientConflict(pgError('SQLITE_BUSY'))).toBe(false);
    expect(isTransientConflict(null)).toBe(false);
  });
});
