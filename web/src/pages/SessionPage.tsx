/**
 * One practice session: documents and gap map, then the questions with the
 * answer pane for the selected one. The selected question lives in the URL hash.
 */
import { useCallback } from 'react';
import { addQuestion } from '../api/questions.js';
import { getSession } from '../api/sessions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useLoad } from '../hooks/useLoad.js';
import { replaceHash, sessionHref } from '../hooks/useRoute.js';
import { useTitle } from '../hooks/useTitle.js';
import { AnswerPane } from '../session/AnswerPane.js';
import { DocumentsPanel } from '../session/DocumentsPanel.js';
import { GapMap } from '../session/GapMap.js';
import { QuestionsPanel } from '../session/QuestionsPanel.js';
import { SessionHeader } from '../session/SessionHeader.js';
import { pickQuestion } from '../session/select.js';
import { useQuestionPick } from '../session/useQuestionPick.js';
import { RealtimeInterview } from '../features/realtime/index.js';
import { SessionSummaryView, summaryVersion } from '../features/review/index.js';

export function SessionPage({ sessionId, questionId }: { sessionId: string; questionId: string | null }) {
  const session = useLoad(() => getSession(sessionId), [sessionId]);
  useTitle(session.data?.name ?? 'Session');
  const select = useCallback((qid: string | null) => replaceHash(sessionHref(sessionId, qid)), [sessionId]);
  // Choosing a question (even the one shown) moves focus to its answer box, or to its feedback.
  const { pick, focusRequestFor } = useQuestionPick(select);

  if (!session.data) {
    return (
      <section>
        <h1>Session</h1>
        {session.error ? (
          <>
            <ErrorAlert message={session.error} />
            <p><a className="button primary" href="#/">Back to your sessions</a></p>
          </>
        ) : (
          <Status busy>Loading session…</Status>
        )}
      </section>
    );
  }

  const detail = session.data;
  const question = pickQuestion(detail, questionId);
  const docsKey = detail.documents.map((d) => d.id).join(',');

  return (
    <div className="stack">
      <SessionHeader detail={detail} onChanged={session.reload} />
      <ErrorAlert message={session.error} />
      <div className="two-col">
        <DocumentsPanel sessionId={sessionId} documents={detail.documents} onChanged={session.reload} />
        <GapMap sessionId={sessionId} docsKey={docsKey} />
      </div>
      <RealtimeInterview
        sessionId={sessionId}
        questions={detail.questions}
        questionId={question?.id ?? null}
        voice={detail.voice}
        onAnswered={() => session.reload()}
        onSessionChanged={session.reload}
      />
      <div className="practice">
        <QuestionsPanel detail={detail} selectedId={question?.id ?? null} onSelect={pick} onChanged={session.reload} />
        {question ? (
          <AnswerPane
            key={question.id}
            sessionId={sessionId}
            question={question}
            focusRequest={focusRequestFor(question.id)}
            attempts={detail.answers.filter((a) => a.questionId === question.id)}
            onAnswered={async () => {
              // Pin the answered question in the URL, so a reload shows this feedback.
              select(question.id);
              await session.reload();
            }}
            onPractiseFollowUp={async (text) => {
              const added = await addQuestion(sessionId, text, question.id);
              await session.reload();
              pick(added.id);
            }}
          />
        ) : (
          <section className="panel answer-pane" aria-labelledby="answer-heading">
            <h2 id="answer-heading">Your answer</h2>
            <p>Generate or add a question, then pick it to practise.</p>
          </section>
        )}
      </div>
      <SessionSummaryView sessionId={sessionId} version={summaryVersion(detail)} />
    </div>
  );
}
