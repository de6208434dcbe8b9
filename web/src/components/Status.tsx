import type { ReactNode } from 'react';

/** A polite live region for progress ("Uploading…", "Saved"); shows a spinner while busy. */
export function Status({ busy, children }: { busy?: boolean; children?: ReactNode }) {
  return (
    <p className="status" role="status" aria-live="polite">
      {busy && children ? <span className="spinner" aria-hidden="true" /> : null}
      {children}
    </p>
  );
}
