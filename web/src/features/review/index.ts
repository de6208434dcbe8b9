/**
 * Review feature: session summary (with practice again and downloads), the
 * progress dashboard (with "practise your weakest"), and session import.
 * Mount: <SessionSummaryView sessionId version={summaryVersion(detail)}> on a session page, <ProgressDashboard>
 * on a #/progress page, <ImportSessionButton> on the sessions page.
 */
export { SessionSummaryView } from './SessionSummaryView.js';
export { summaryVersion } from './summary-version.js';
export { ProgressDashboard } from './ProgressDashboard.js';
export { PractiseWeakestButton } from './PractiseWeakestButton.js';
export { PracticeAgainButtons } from './PracticeAgainButtons.js';
export { ExportButtons } from './ExportButtons.js';
export { ImportSessionButton } from './ImportSessionButton.js';
