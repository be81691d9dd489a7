// A polite live region for the outcome of an action that stays on the page ("Your password has been
// changed"). It is always in the page, even when empty, so screen readers reliably announce new text.
import type { ReactNode } from 'react';

export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className={children ? 'status-message' : undefined}>
      {children}
    </div>
  );
}
