/**
 * A destructive button that asks first, inline (no window.confirm): the first
 * press shows the question with "Yes" and "Cancel", and focus moves to "Cancel"
 * so a stray Enter does not destroy anything.
 */
import { useEffect, useRef, useState } from 'react';

interface Props {
  label: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  /** Accessible name when `label` alone is ambiguous ("Delete" in a list). */
  ariaLabel?: string;
}

export function ConfirmButton({ label, question, confirmLabel = 'Yes, delete', onConfirm, disabled, ariaLabel }: Props) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);
  // When the deleted thing (and this button with it) leaves the page, land on the
  // section's heading instead of dropping keyboard focus to <body>.
  useEffect(() => {
    const landing = openerRef.current?.closest('section')?.querySelector<HTMLElement>('h2') ?? null;
    return () => {
      if (!confirmed.current || !landing?.isConnected || document.activeElement !== document.body) return;
      landing.tabIndex = -1;
      landing.focus();
    };
  }, []);

  if (!asking) {
    return (
      <button type="button" className="button danger-outline" ref={openerRef} disabled={disabled} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  const cancel = (): void => {
    setAsking(false);
    requestAnimationFrame(() => openerRef.current?.focus());
  };
  const confirm = async (): Promise<void> => {
    confirmed.current = true;
    setAsking(false);
    await onConfirm();
    // Still here (the delete failed, or only data changed): back to the button.
    requestAnimationFrame(() => {
      if (document.activeElement === document.body && openerRef.current?.isConnected) openerRef.current.focus();
    });
  };

  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button type="button" className="button danger" onClick={() => void confirm()}>
        {confirmLabel}
      </button>
      <button type="button" className="button secondary" ref={cancelRef} onClick={cancel} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
        Cancel
      </button>
    </span>
  );
}
