/** "Resume where you left off": the most recently practised session (order.ts `resumeTarget`), one click away. */
import type { SessionSummary } from '../api/types.js';
import { sessionHref } from '../hooks/useRoute.js';
import { formatDate } from '../labels.js';

export function ResumeCard({ session }: { session: SessionSummary }) {
  const role = [session.role, session.company].filter(Boolean).join(' at ');
  return (
    <section className="panel resume-card" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Resume where you left off</h2>
      <p>
        <strong>{session.name}</strong>
        {role && <> — {role}</>}
        <br />
        <span className="muted">
          {session.answeredCount} of {session.questionCount} answered · last active {formatDate(session.lastActiveAt)}
        </span>
      </p>
      <a className="button primary" href={sessionHref(session.id)}>
        Continue “{session.name}”
      </a>
    </section>
  );
}
