/**
 * Shows a password form in place of the page when the server says this app
 * is private (any API call answered 401 `unauthorized`). After a successful
 * sign-in the page is mounted again, so it reloads its data with the cookie;
 * focus moves to that page's heading (the sign-in form it was in is gone) and
 * "Signed in." is said in a live region that was in the page all along.
 */
import { Fragment, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { login } from '../api/auth.js';
import { onUnauthorized } from '../api/unauthorized.js';
import { useAction } from '../hooks/useAction.js';
import { ErrorAlert } from './ErrorAlert.js';
import { Status } from './Status.js';

export function LoginGate({ children }: { children: ReactNode }) {
  const [locked, setLocked] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [said, setSaid] = useState('');
  const landing = useSignedInFocus(locked, generation);
  useEffect(() => onUnauthorized(() => setLocked(true)), []);
  // "Signed in." belongs to the page it was said on, not to every page after.
  useEffect(() => {
    const forget = (): void => setSaid('');
    window.addEventListener('hashchange', forget);
    return () => window.removeEventListener('hashchange', forget);
  }, []);
  const signedIn = (): void => {
    setLocked(false);
    setGeneration((g) => g + 1);
    setSaid('Signed in.');
  };

  return (
    <>
      <div ref={landing} className="signed-in">
        <Status>{locked ? '' : said}</Status>
      </div>
      {locked ? <LoginForm onSignedIn={signedIn} /> : <Fragment key={generation}>{children}</Fragment>}
    </>
  );
}

/**
 * After a sign-in (not on first load), focus the page's h1 — or <main> while the
 * page is still loading — so keyboard users do not start again from <body>.
 */
function useSignedInFocus(locked: boolean, generation: number) {
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (locked || generation === 0) return;
    const main = anchor.current?.closest('main');
    const heading = main?.querySelector<HTMLElement>('h1');
    if (heading) heading.tabIndex = -1;
    (heading ?? main)?.focus();
  }, [locked, generation]);
  return anchor;
}

function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [password, setPassword] = useState('');
  const signIn = useAction(login);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (await signIn.run(password)) onSignedIn();
  };

  return (
    <section className="card login" aria-labelledby="login-title">
      <h1 id="login-title">Sign in</h1>
      <p>This practice space is private. Enter the app password to continue.</p>
      <form className="form" onSubmit={submit}>
        <label htmlFor="app-password">App password</label>
        <input
          id="app-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoFocus
          required
        />
        <button type="submit" className="button primary" disabled={signIn.busy}>
          {signIn.busy ? 'Signing in…' : 'Sign in'}
        </button>
        <ErrorAlert message={signIn.error} />
      </form>
    </section>
  );
}
