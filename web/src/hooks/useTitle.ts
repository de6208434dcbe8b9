/** Set the document title per page, so tabs, history and screen readers say where the user is. */
import { useEffect } from 'react';

export function useTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} — Interview Practice` : 'Interview Practice';
  }, [title]);
}
