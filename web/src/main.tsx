import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * On a first visit the page fires several API calls at once; without a cookie
 * each would get a different new owner and the last cookie would win. One
 * request first settles the owner cookie; failures are left to the page's
 * own requests to report.
 */
async function settleOwnerCookie(): Promise<void> {
  try {
    await fetch('/api/health', { credentials: 'same-origin' });
  } catch {
    // The page's own requests will show a clear error if the server is down.
  }
}

void settleOwnerCookie().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
