/** Project paths that hold in both `src/server` (tsx, tests) and `dist/server` (built). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIR = path.join(PROJECT_ROOT, 'dist', 'web');
export const PROMPTS_DIR = path.join(PROJECT_ROOT, 'prompts');

export const APP_VERSION: string = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
