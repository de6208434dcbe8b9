/**
 * The gap map: each job requirement, whether the resume shows evidence for it,
 * and the resume line that does. Reloads whenever the documents change. Above it,
 * what the reader says about the documents themselves (one not in English).
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

type Notice = NonNullable<Profile['notices']>[number];

/** The reader's notices, shown before anything it read, so an empty or odd reading has its reason beside it. */
function Notices({ notices }: { notices: Notice[] }) {
  return (
    <>
      {notices.map((n) => (
        <p key={`${n.document}-${n.code}`} className="notice gap-notice" role="note">
          {n.message}
        </p>
      ))}
    </>
  );
}

function GapBody({ profile }: { profile: Profile }) {
  const notices = <Notices notices={profile.notices ?? []} />;
  const { job, gaps } = profile;
  const heading = [job.title, job.company].filter(Boolean).join(' at ');
  if (gaps.length === 0) {
    return (
      <>
        {notices}
        <p className="muted">Add a resume and a job description to see which requirements your resume already covers.</p>
      </>
    );
  }
  const covered = gaps.filter((g) => g.covered).length;
  const partly = gaps.filter((g) => !g.covered && g.partly).length;
  return (
    <>
      {notices}
      {heading && <p><strong>{heading}</strong>{job.seniority ? ` · ${job.seniority}` : ''}</p>}
      <p>
        Your resume shows evidence for <strong>{covered} of {gaps.length}</strong> requirements
        {partly > 0 ? <>, and for part of {partly} more</> : null}.
      </p>
      <ul className="gap-list">
        {[...gaps].sort((a, b) => rank(a) - rank(b)).map((g, i) => <GapItem key={`${i}-${g.requirement}`} gap={g} />)}
      </ul>
    </>
  );
}

type GapState = 'covered' | 'partly' | 'missing';

const stateOf = (g: GapEntry): GapState => (g.covered ? 'covered' : g.partly ? 'partly' : 'missing');
/** Not shown first, then partly shown, then covered: what to prepare comes first. */
const rank = (g: GapEntry): number => ({ missing: 0, partly: 1, covered: 2 })[stateOf(g)];
const BADGE: Record<GapState, string> = { covered: '✓ Covered', partly: '◐ Partly shown', missing: '✗ Not shown' };

function GapItem({ gap }: { gap: GapEntry }) {
  const state = stateOf(gap);
  return (
    <li className={`gap ${state}`}>
      <span className="gap-badge">{BADGE[state]}</span>
      <span className="gap-req">
        {gap.requirement}
        {!gap.required && <span className="muted"> (nice to have)</span>}
      </span>
      {gap.partly && <span className="gap-partly">{capitalise(gap.partly)}.</span>}
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

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
