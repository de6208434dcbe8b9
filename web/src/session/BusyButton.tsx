/**
 * A button that says it cannot act while its action runs, without `disabled`:
 * disabling the focused button drops keyboard focus to <body> (WCAG 2.4.3), so a
 * keyboard user would have to find their place again. `aria-disabled` keeps focus
 * here and tells a screen reader the button is unavailable; a press meanwhile does nothing.
 */
import type { ComponentPropsWithRef, MouseEvent } from 'react';

interface Props extends Omit<ComponentPropsWithRef<'button'>, 'disabled' | 'aria-disabled'> {
  /** The action is running (or cannot run yet): presses are ignored. */
  busy: boolean;
}

export function BusyButton({ busy, onClick, type = 'button', className, ...rest }: Props) {
  const press = (e: MouseEvent<HTMLButtonElement>): void => {
    // preventDefault also stops a submit button from submitting its form.
    if (busy) e.preventDefault();
    else onClick?.(e);
  };
  return <button {...rest} type={type} className={`busy-button ${className ?? ''}`} aria-disabled={busy || undefined} onClick={press} />;
}
