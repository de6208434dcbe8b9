/**
 * buildProfile: what the built-in coach reads out of the resume and the job
 * description, plus the gap map between them, and notices about the documents
 * (one that does not read as English). Pure and deterministic.
 */
import type { Profile } from '../../../shared/domain.js';
import { gapMap } from './profile/gaps.js';
import { parseJob } from './profile/jd.js';
import { languageNotice } from './profile/language.js';
import { parseResume } from './profile/resume.js';

/** Extract a Profile from already-extracted document text (either may be null). */
export function buildProfile(resumeText: string | null, jdText: string | null): Profile {
  const resume = parseResume(resumeText);
  const job = parseJob(jdText);
  return {
    candidateName: resume.candidateName,
    resume: {
      roles: resume.roles,
      skills: resume.skills,
      tools: resume.tools,
      projects: resume.projects,
      achievements: resume.achievements,
    },
    job,
    gaps: resumeText ? gapMap(job.requirements, resume) : job.requirements.map((r) => ({ requirement: r.text, required: r.required, covered: false, evidence: [] })),
    // The reader is English-only: say so rather than let an empty reading look like the user's fault.
    notices: [...languageNotice(resumeText, 'resume'), ...languageNotice(jdText, 'job_description')],
  };
}

/** A profile with nothing in it (no documents uploaded). */
export function emptyProfile(): Profile {
  return buildProfile(null, null);
}

/** How a role is written for people and prompts ("Customer Support Agent at Brightmoor Energy (2016 – 2020)"). */
export { roleLabel } from './profile/header.js';
