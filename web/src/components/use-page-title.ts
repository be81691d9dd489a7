// Sets the browser tab title to "<Page name> – Heritage CoP", the first thing a screen reader
// announces on a new page and how people tell tabs and history entries apart (WCAG 2.4.2).
// Pages showing an error summary pass `hasErrors`: GOV.UK starts the title with "Error: " then.
import { COMMUNITY_SHORT_NAME } from '@heritage/shared';
import { useEffect } from 'react';

export function pageTitle(pageName: string, hasErrors = false): string {
  return `${hasErrors ? 'Error: ' : ''}${pageName} – ${COMMUNITY_SHORT_NAME}`;
}

export function usePageTitle(pageName: string, hasErrors = false): void {
  useEffect(() => {
    document.title = pageTitle(pageName, hasErrors);
  }, [pageName, hasErrors]);
}
