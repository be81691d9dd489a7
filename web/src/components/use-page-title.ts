// Sets the browser tab title to "<Page name> – Heritage CoP", the first thing a screen reader
// announces on a new page and how people tell tabs and history entries apart (WCAG 2.4.2).
import { COMMUNITY_SHORT_NAME } from '@heritage/shared';
import { useEffect } from 'react';

export function pageTitle(pageName: string): string {
  return `${pageName} – ${COMMUNITY_SHORT_NAME}`;
}

export function usePageTitle(pageName: string): void {
  useEffect(() => {
    document.title = pageTitle(pageName);
  }, [pageName]);
}
