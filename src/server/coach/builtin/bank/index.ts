/**
 * The curated question bank: every question written for this project, each
 * with competency, level and rationale. `BANK` is the single list the
 * question selector draws from.
 */
import { BEHAVIORAL } from './behavioral.js';
import { GENERIC_PERSONAL, ROLE_FIT, SITUATIONAL, TRADE_TECHNICAL } from './other.js';
import { TECHNICAL } from './technical.js';
import type { BankQuestion } from './types.js';

export type { Audience, BankQuestion } from './types.js';

export const BANK: readonly BankQuestion[] = [...BEHAVIORAL, ...TECHNICAL, ...SITUATIONAL, ...ROLE_FIT, ...GENERIC_PERSONAL, ...TRADE_TECHNICAL];
