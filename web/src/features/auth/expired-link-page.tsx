// Shown when an emailed link has expired, was already used or is not valid, with what to do next.
// The page using it sets the document title (EXPIRED_LINK_TITLE).
import type { ReactNode } from 'react';

export const EXPIRED_LINK_TITLE = 'This link has expired or has already been used';

export function ExpiredLinkPage({ title = EXPIRED_LINK_TITLE, children }: { title?: string; children: ReactNode }) {
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </>
  );
}
