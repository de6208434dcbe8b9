/**
 * The ordered list of migrations. Each is one file with `up(db, dialect)`;
 * the same definitions run on SQLite and PostgreSQL. Add a file, add a line.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';
import * as m001 from './001_foundation.js';
import * as m002 from './002_work_history.js';
import * as m003 from './003_audio.js';
import * as m004 from './004_voice.js';
import * as m005 from './005_rate_limits.js';
import * as m006 from './006_fts_term_counts.js';
import * as m007 from './007_clean_role_titles.js';
import * as m008 from './008_question_coach.js';
import * as m009 from './009_story_original_hash.js';
import * as m010 from './010_restem_exceptions.js';
import * as m011 from './011_index_story_body.js';

export interface MigrationDef {
  name: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

export const MIGRATIONS: MigrationDef[] = [
  { name: '001_foundation', up: m001.up },
  { name: '002_work_history', up: m002.up },
  { name: '003_audio', up: m003.up },
  { name: '004_voice', up: m004.up },
  { name: '005_rate_limits', up: m005.up },
  { name: '006_fts_term_counts', up: m006.up },
  { name: '007_clean_role_titles', up: m007.up },
  { name: '008_question_coach', up: m008.up },
  { name: '009_story_original_hash', up: m009.up },
  { name: '010_restem_exceptions', up: m010.up },
  { name: '011_index_story_body', up: m011.up },
];
