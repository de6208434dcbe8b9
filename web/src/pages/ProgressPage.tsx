/** Progress across sessions: per competency and dimension over time, and "practise your weakest". */
import { ProgressDashboard } from '../features/review/index.js';
import { useTitle } from '../hooks/useTitle.js';

export function ProgressPage() {
  useTitle('Progress');
  return <ProgressDashboard />;
}
