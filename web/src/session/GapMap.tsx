/**
 * The gap map: each job requirement, whether the resume shows evidence for it,
 * and the resume line that does. Reloads whenever the documents change.
 */
import { getProfile } from '../api/sessions.js';
import type { GapEntry, Profile } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useLoad } from '../hooks/useLoad.js';

export function GapMap({ sessionId, docsKey }: { sessionId: string; docsKey: string }) {
  const profile = useLoad(() => getProfile(sessionId), [sessionId, docsKey]);
  return (
    <section className="panel" aria-labelledby="gap-heading">
      <h2 id="gap-heading">Requirements vs. your resume</h2>
      {profile.data ? <GapBody profile={profile.data} /> : null}
      {!profile.data && profile.loading ? <Status busy>Reading your documents…</Status> : null}
      <ErrorAlert message={profile.error} />
    </section>
  );
}

function GapBody({ profile }: { profile: Profile }) {
  const { job, gaps } = profile;
  const heading = [job.title, job.company].filter(Boolean).join(' at ');
  if (gaps.length === 0) {
    return <p className="muted">Add a resume and a job description to see which requirements your resume already covers.</p>;
  }
  const covered = gaps.filter((g) => g.covered).length;
  return (
    <>
      {heading && <p><strong>{heading}</strong>{job.seniority ? ` · ${job.seniority}` : ''}</p>}
      <p>
        Your resume shows evidence for <strong>{covered} of {gaps.length}</strong> requirements.
      </p>
      <ul className="gap-list">
        {[...gaps].sort((a, b) => Number(a.covered) - Number(b.covered)).map((g, i) => <GapItem key={`${i}-${g.requirement}`} gap={g} />)}
      </ul>
    </>
  );
}

function GapItem({ gap }: { gap: GapEntry }) {
  return (
    <li className={gap.covered ? 'gap covered' : 'gap missing'}>
      <span className="gap-badge">{gap.covered ? '✓ Covered' : '✗ Not shown'}</span>
      <span className="gap-req">
        {gap.requirement}
        {!gap.required && <span className="muted"> (nice to have)</span>}
      </span>
      {gap.evidence.length > 0 && (
        <ul className="evidence">
          {gap.evidence.map((line, i) => (
            <li key={i}>
              <q>{line}</q>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
