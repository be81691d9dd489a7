// A member's bio as the API renders it: Markdown turned into HTML and sanitised on the server against an
// allowlist (no scripts, styles, images or frames; links get rel="nofollow ugc noopener"; headings start at
// h3). This wrapper is the one place the web app inserts HTML it did not build itself.
export function MemberBio({ html }: { html: string }) {
  return <div className="member-bio" dangerouslySetInnerHTML={{ __html: html }} />;
}
