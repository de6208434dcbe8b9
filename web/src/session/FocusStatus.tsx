/**
 * A polite status line that can also take keyboard focus: when the button that
 * caused it goes away ("Remember…" once saved), focus lands here, on what
 * happened, instead of dropping to the page body.
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** Focus the line each time this grows (0 = never yet). */
  focusSignal: number;
  children?: ReactNode;
}

export function FocusStatus({ focusSignal, children }: Props) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusSignal > 0) ref.current?.focus();
  }, [focusSignal]);
  return (
    <p className="status" role="status" aria-live="polite" tabIndex={-1} ref={ref}>
      {children}
    </p>
  );
}
