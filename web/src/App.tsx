/** The shell: skip link, header navigation, and the page for the current hash route. */
import { useEffect, useRef } from 'react';
import { Footer } from './components/Footer.js';
import { LoginGate } from './components/LoginGate.js';
import { useRoute, type Route } from './hooks/useRoute.js';
import { HomePage } from './pages/HomePage.js';
import { SessionPage } from './pages/SessionPage.js';
import { ProgressPage } from './pages/ProgressPage.js';
import { StoriesPage } from './pages/StoriesPage.js';

export function App() {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const pageKey = route.page === 'session' ? `session:${route.id}` : route.page;

  // On a page change, move focus to the main region so keyboard and screen-reader
  // users start at the new content (not on the link they left behind), unless the
  // new page already put focus somewhere inside it (a story opened from a link).
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!mainRef.current?.contains(document.activeElement)) mainRef.current?.focus();
  }, [pageKey]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <a className="brand" href="#/">Interview Practice</a>
          <nav aria-label="Main">
            <a href="#/" aria-current={route.page === 'home' ? 'page' : undefined}>Sessions</a>
            <a href="#/progress" aria-current={route.page === 'progress' ? 'page' : undefined}>Progress</a>
            <a href="#/stories" aria-current={route.page === 'stories' ? 'page' : undefined}>My stories</a>
          </nav>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="page">
        <LoginGate>
          <Page route={route} />
        </LoginGate>
      </main>
      <Footer />
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'session':
      return <SessionPage key={route.id} sessionId={route.id} questionId={route.questionId} />;
    case 'stories':
      return <StoriesPage key={route.storyId ?? ''} storyId={route.storyId} />;
    case 'progress':
      return <ProgressPage />;
    case 'not_found':
      return (
        <section>
          <h1>Page not found</h1>
          <p>
            There is nothing at this address. <a href="#/">Go to your sessions</a>.
          </p>
        </section>
      );
  }
}
