// A polite status message (role="status"): screen readers announce it without interrupting.
export function LoadingMessage({ children }: { children: string }) {
  return (
    <p role="status" className="loading-message">
      {children}
    </p>
  );
}
