// A post's text as the API renders it: Markdown turned into HTML and sanitised on the server against an
// allowlist (no scripts, styles, images or frames; links get rel="nofollow ugc noopener"; mentions become
// links to /members/<id>). With MemberBio, the only places the web app inserts HTML it did not build itself.
export function PostBody({ html }: { html: string }) {
  return <div className="post-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
