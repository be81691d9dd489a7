// An assertive message for a failure the reader needs to know about straight away (role="alert").
export function ErrorMessage({ children }: { children: string }) {
  return (
    <div role="alert" className="error-message">
      <p className="error-message__text">{children}</p>
    </div>
  );
}
