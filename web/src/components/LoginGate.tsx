/**
 * Shows a password form in place of the page when the server says this app
 * is private (any API call answered 401 `unauthorized`). After a successful
 * sign-in the page is mounted again, so it reloads its data with the cookie.
 */
import { Fragment, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { login } from '../api/auth.js';
import { onUnauthorized } from '../api/unauthorized.js';
import { useAction } from '../hooks/useAction.js';
import { ErrorAlert } from './ErrorAlert.js';

export function LoginGate({ children }: { children: ReactNode }) {
  const [locked, setLocked] = useState(false);
  const [generation, setGeneration] = useState(0);
  useEffect(() => onUnauthorized(() => setLocked(true)), []);

  if (!locked) return <Fragment key={generation}>{children}</Fragment>;
  return (
    <LoginForm
      onSignedIn={() => {
        setLocked(false);
        setGeneration((g) => g + 1);
      }}
    />
  );
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
