import { useEffect } from 'react';

/** Sets the document title: the first thing a screen reader says on a new page. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
