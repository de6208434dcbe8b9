/** Messages between the extraction pool (main thread) and its worker. */
import type { ErrorCode } from '../errors.js';
import type { CoreResult } from './core.js';
import type { ExtractLimits } from './types.js';

export interface JobMessage {
  id: number;
  /** A private copy of the upload, transferred (not cloned) to the worker. */
  bytes: ArrayBuffer;
  filename: string | null;
  declaredType: string | null;
  limits: ExtractLimits;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: CoreResult }
  /** An AppError raised while parsing: safe to show the user. */
  | { type: 'refused'; id: number; code: ErrorCode; message: string }
  /** A bug or unexpected failure: logged by the caller, shown as a 500. */
  | { type: 'crashed'; id: number; message: string; stack?: string };
