/**
 * Job titles and companies read from a pasted Markdown job description before session 7 kept
 * their heading marks ("# Staff Software Engineer") in `documents.role_title`, which the session
 * list shows. The reader strips them now; this cleans the rows stored before, with the same
 * function (a migration that depends on app code, like 006: if stripMarkdown changes, rows stored
 * since are already clean).
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { stripMarkdown } from '../../coach/builtin/profile/normalize.js';

const clean = (v: string | null): string | null => (v === null ? null : stripMarkdown(v).trim() || v);

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ id: string; role_title: string | null; company: string | null }>`
    select id, role_title, company from documents
    where kind = 'job_description' and (role_title is not null or company is not null)`.execute(db);
  for (const r of rows) {
    const title = clean(r.role_title);
    const company = clean(r.company);
    if (title === r.role_title && company === r.company) continue;
    await sql`update documents set role_title = ${title}, company = ${company} where id = ${r.id}`.execute(db);
  }
}
