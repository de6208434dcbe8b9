/**
 * A session's resume remembered as stories: one story per role bullet, the
 * bullet first and its role after it ("Led the move of… (as Senior Backend
 * Engineer at Tidewater Payments, 2020 – present)"), so lists and previews of
 * several bullets from one role still differ. Chunking the resume as prose glued
 * whole roles (or the whole resume, when it has no Markdown headings) into one
 * "story" that then stood in for every question; a bullet is the unit a
 * candidate actually tells, and the role keeps it placeable.
 */
import { buildProfile, roleLabel } from '../../coach/builtin/profile.js';
import type { Role } from '../../../shared/domain.js';

/** The resume's role bullets as stories, or null when no role with bullets is found (then it is chunked as text). */
export function resumeChunks(text: string): string[] | null {
  const roles = buildProfile(text, null).resume.roles.filter((r) => r.lines.length > 0);
  if (roles.length === 0) return null;
  return roles.flatMap((role) => role.lines.map((line) => `${line.replace(/^[-•*]\s*/, '').trim().replace(/[.;]$/, '')} ${roleNote(role)}.`));
}

/** "(as Title at Employer, dates)"; the plain role label when a part is missing (example-answer.ts reads the full form back). */
function roleNote(role: Role): string {
  return role.title && role.employer ? `(as ${role.title} at ${role.employer}${role.dates ? `, ${role.dates}` : ''})` : `(${roleLabel(role)})`;
}
