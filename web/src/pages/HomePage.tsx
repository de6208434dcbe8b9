/** Home: resume the latest session, start a new one, or manage the list. */
import { listSessions } from '../api/sessions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { NewSessionForm } from '../home/NewSessionForm.js';
import { resumeTarget } from '../home/order.js';
import { ResumeCard } from '../home/ResumeCard.js';
import { SessionList } from '../home/SessionList.js';
import { useLoad } from '../hooks/useLoad.js';
import { usePersonas } from '../hooks/usePersonas.js';
import { useTitle } from '../hooks/useTitle.js';
import { ImportSessionButton } from '../features/review/index.js';

export function HomePage() {
  const sessions = useLoad(listSessions, []);
  const personas = usePersonas();
  useTitle('Practice sessions');
  const list = sessions.data ?? [];
  const latest = resumeTarget(list);

  return (
    <div className="stack">
      <h1>Practice sessions</h1>
      <p className="lead">
        Bring your resume and a job description, answer questions aimed at that role, and get feedback that quotes your own words.
      </p>
      {latest && <ResumeCard session={latest} />}
      <div className="two-col">
        <NewSessionForm personas={personas} />
        <section aria-labelledby="sessions-heading" className="panel">
          <h2 id="sessions-heading">Your sessions</h2>
          <ErrorAlert message={sessions.error} />
          {sessions.loading && !sessions.data ? <Status busy>Loading sessions…</Status> : null}
          {sessions.data && list.length === 0 ? <p>No sessions yet. Start one with the form.</p> : null}
          {/* Kept once loaded, even empty: deleting the last session is said in its live region. */}
          {sessions.data && <SessionList sessions={list} personas={personas} onChanged={sessions.reload} />}
          <ImportSessionButton />
        </section>
      </div>
    </div>
  );
}
